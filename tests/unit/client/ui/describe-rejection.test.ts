// Rejections in the user's language: every code in French and English, params translated, counts pluralised.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/client/i18n/index.ts';
import { describeRejection, localRefusal } from '../../../../src/client/ui/describe-rejection.ts';
import { REJECTION_CODES } from '../../../../src/shared/protocol/rejections.ts';

const en = createI18n('en').t;
const fr = createI18n('fr').t;

/** Params every code may carry, so each message is rendered whole. */
const PARAMS = {
  name: 'time.travel',
  role: 'creator',
  field: 'assetUrl',
  value: 'published',
  status: 'published',
  path: 'title',
  problem: 'too_long',
  limit: 200,
  kind: 'moment',
  ref: 'ATH-M100-F',
  code: 'PDI',
  index: 3,
  from: 'captured',
  to: 'selected',
  day: '2024-09-30',
  id: 'x',
  count: 3,
};

describe('describeRejection', () => {
  it('has words for every rejection code in both languages, with no placeholder or key left', () => {
    for (const t of [en, fr]) {
      for (const code of REJECTION_CODES) {
        const text = describeRejection(t, { code, params: PARAMS, reason: 'ENGLISH FALLBACK' });
        expect({ code, text }).not.toEqual({ code, text: expect.stringMatching(/\{\{|rejection\.|ENGLISH/) });
        expect(text.length, code).toBeGreaterThan(10);
      }
    }
  });

  it('translates statuses, roles, fields and problems in the params', () => {
    expect(describeRejection(fr, { code: 'status_past_captured', params: { status: 'published' } })).toBe(
      'Cette image est déjà «\u00a0Publiée\u00a0»\u202f: elle est désormais entre les mains du desk.',
    );
    expect(
      describeRejection(en, { code: 'value_not_allowed', params: { field: 'to', value: 'published' } }),
    ).toBe('Only the desk can set “Status” to “Published”.');
    expect(describeRejection(fr, { code: 'role_forbidden', params: { role: 'editor' } })).toBe(
      'Votre rôle (éditeur) ne permet pas cette modification.',
    );
    expect(
      describeRejection(en, {
        code: 'invalid_args',
        params: { path: 'sessions.3.startsAt', problem: 'bad_format', format: 'datetime' },
      }),
    ).toBe('Start (sessions.3.startsAt): not a valid date and time.');
    expect(
      describeRejection(fr, { code: 'invalid_args', params: { path: 'title', problem: 'control_char' } }),
    ).toBe('Titre\u202f: les retours à la ligne et caractères de contrôle ne sont pas acceptés ici.');
  });

  it('uses plural forms where a count appears', () => {
    const long = (t: typeof en, limit: number) =>
      describeRejection(t, { code: 'invalid_args', params: { path: 'note', problem: 'too_long', limit } });
    expect(long(en, 1)).toBe('Note: at most 1 character.');
    expect(long(en, 1000)).toBe('Note: at most 1000 characters.');
    expect(long(fr, 1)).toBe('Note\u202f: 1 caractère au plus.');
    expect(long(fr, 1000)).toBe('Note\u202f: 1000 caractères au plus.');
    const dropped = (t: typeof en, count: number) =>
      describeRejection(t, { code: 'rejections_dropped', params: { count } });
    expect(dropped(en, 1)).toBe('1 older refused change was not kept by the server (too many).');
    expect(dropped(fr, 12)).toBe(
      '12 modifications refusées plus anciennes n’ont pas été gardées par le serveur (trop nombreuses).',
    );
  });

  it('falls back to the English reason for a code this app does not know, or none (an older server)', () => {
    expect(describeRejection(fr, { code: 'from_the_future', params: {}, reason: 'a reason' })).toBe(
      'a reason',
    );
    expect(describeRejection(fr, { reason: 'you are not assigned to this moment' })).toBe(
      'you are not assigned to this moment',
    );
  });

  it('translates this device’s own refusals too', () => {
    expect(localRefusal(fr, {})).toBeUndefined();
    expect(
      localRefusal(fr, {
        localRejection: 'you are not assigned',
        refusal: { code: 'not_assigned', params: {} },
      }),
    ).toBe('Vous n’êtes pas affecté·e à ce moment.');
  });
});
