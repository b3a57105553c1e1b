// The Paris 2024 demo in French: the same rows as the English one, every planned text in French,
// typographic apostrophes, and accepted whole by the shared mutations.
import { describe, expect, it } from 'vitest';
import { paris2024Demo, type DemoLanguage } from '../../../src/server/demo/paris2024.ts';
import { MutationRejected, runMutation } from '../../../src/shared/mutations/index.ts';
import { MemoryTx } from '../../fakes/memory-tx.ts';
import { importSchedule } from '../../../src/shared/import/index.ts';
import type { Edition, Venue } from '../../../src/shared/domain/index.ts';
import { caseFile, demoFile } from '../shared/import-fixtures.ts';

const ADMIN = { memberId: 'ad000000-0000-4000-8000-000000000001', role: 'admin' } as const;
const AT = '2024-07-20T08:00:00Z';

/** Words the same in both languages: official French names of para sports, and a title made of them. */
const SAME_IN_BOTH = new Set(['Para triathlon', 'Para judo', 'Alexis Hanquinquant, para triathlon PTS4']);

/** The user-visible text fields of each kind of row (what a French screen shows). */
const TEXTS: Record<string, string[]> = {
  'edition.create': ['name'],
  'session.put': ['sport', 'event', 'notes'],
  'moment.create': ['title', 'sport', 'why', 'angles'],
  'spot.create': ['label', 'description'],
  'access.create': ['contactName', 'notes'],
  'signature.create': ['title', 'description', 'partner'],
  'assignment.create': ['note'],
};

function withoutTexts(name: string, args: unknown): unknown {
  const rest = { ...(args as Record<string, unknown>) };
  for (const field of TEXTS[name] ?? []) delete rest[field];
  return rest;
}

/** Every string inside a value (a why, the angles…). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

async function rejectedOf(language: DemoLanguage): Promise<string[]> {
  const tx = new MemoryTx();
  const demo = paris2024Demo(language);
  const rejected: string[] = [];
  const all = [...demo.members.map((args) => ({ name: 'member.put', args })), ...demo.mutations];
  for (const mutation of all) {
    try {
      await runMutation(tx, { ...mutation, at: AT }, ADMIN);
    } catch (error) {
      if (!(error instanceof MutationRejected)) throw error;
      rejected.push(`${mutation.name}: ${error.message}`);
    }
  }
  return rejected;
}

describe('the Paris 2024 demo in French', () => {
  const en = paris2024Demo('en');
  const fr = paris2024Demo('fr');

  it('is accepted whole by the shared mutations', async () => {
    expect(await rejectedOf('fr')).toEqual([]);
  });

  it('keeps the official venue names, so the real and the bundled schedule files import into it', () => {
    // An import finds a venue by name: a French name ("Marina de Marseille") refused every row
    // of the real Paris 2024 schedule when the French demo named its venues in French.
    const args = <T>(name: string) => fr.mutations.filter((m) => m.name === name).map((m) => m.args as T);
    const editions = args<Edition>('edition.create');
    let n = 0;
    const context = {
      editions,
      venues: args<Venue>('venue.put'),
      sessions: [],
      defaultEditionId: editions[0]!.id,
      newId: () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    };
    const files: [string, string][] = [
      ['paris2024-real.csv', caseFile('schedule', 'paris2024-real.csv')],
      ['paris2024-real.ics', caseFile('schedule', 'paris2024-real.ics')],
      ['paris2024.csv', demoFile('csv')],
      ['paris2024.ics', demoFile('ics')],
    ];
    for (const [name, text] of files) {
      const result = importSchedule(name, text, context);
      expect(result.ok ? [] : result.issues.map((i) => `${name} ${i.row} ${i.code}`)).toEqual([]);
    }
  });

  it('holds the same rows as the English demo: ids, times, places and people; only the texts differ', () => {
    expect(fr.mutations.map((m) => m.name)).toEqual(en.mutations.map((m) => m.name));
    fr.mutations.forEach((m, i) => {
      expect(withoutTexts(m.name, m.args)).toEqual(withoutTexts(m.name, en.mutations[i]!.args));
    });
    expect(fr.members.map(({ contact: _, ...m }) => m)).toEqual(en.members.map(({ contact: _, ...m }) => m));
  });

  it('says every moment, signature image, spot, access note, session and assignment note in French', () => {
    const untranslated: string[] = [];
    fr.mutations.forEach((m, i) => {
      const english = en.mutations[i]!.args as Record<string, unknown>;
      const french = m.args as Record<string, unknown>;
      for (const field of TEXTS[m.name] ?? []) {
        // A why names its athlete (the same in both); its sentence is what must be French.
        const pick = (row: Record<string, unknown>) =>
          field === 'why' ? [(row.why as { text: string }).text] : strings(row[field]);
        const [a, b] = [pick(english), pick(french)];
        // A sport's name may be the same word ("Judo", "Golf"), a partner a proper name, a note empty.
        const same = a.filter((text, k) => text === b[k] && text.includes(' ') && !SAME_IN_BOTH.has(text));
        if (same.length > 0 && field !== 'partner')
          untranslated.push(`${m.name} ${(french as { id: string }).id} ${field}: ${same.join(' | ')}`);
      }
    });
    expect(untranslated).toEqual([]);
    const title = (name: string) =>
      fr.mutations.filter((m) => m.name === name).map((m) => (m.args as { title: string }).title);
    expect(title('moment.create')).toContain('Finale du 100 m hommes');
    expect(title('signature.create')).toContain('La vasque qui s’élève, vue du toit du Louvre');
  });

  it('writes French typographically: ’ for the apostrophe, a space before : ; ? !', () => {
    const texts = [
      ...fr.mutations.flatMap((m) =>
        (TEXTS[m.name] ?? []).flatMap((f) => strings((m.args as Record<string, unknown>)[f])),
      ),
      ...fr.members.map((m) => m.contact),
    ];
    expect(texts.filter((t) => t.includes("'"))).toEqual([]);
    expect(texts.filter((t) => /[^\s\d][:;?!](?=\s|$)/u.test(t))).toEqual([]);
  });
});
