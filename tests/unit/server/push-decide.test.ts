// Who is told what after a mutation (a pure function of its rows before/after), reminders, and the texts.
import { describe, expect, it } from 'vitest';
import type { Assignment, Moment, Spot, AccessRequest } from '../../../src/shared/domain/index.ts';
import type { AuditChange } from '../../../src/server/db/port.ts';
import { noticesFor } from '../../../src/server/push/decide.ts';
import { dueReminders } from '../../../src/server/push/reminders.ts';
import { writeNotice } from '../../../src/server/push/texts.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const LEA = id(1);
const THEO = id(2);
const CLAIRE = id(3);
const MOMENT = id(10);
const SPOT = id(20);
const OTHER_SPOT = id(21);

const moment: Moment = {
  id: MOMENT,
  editionId: id(30),
  venueId: id(31),
  day: '2024-08-04',
  title: 'Men’s 100 m final',
  sport: 'Athletics',
  why: { kind: 'iconic', text: 'The 100 m' },
  keyMomentAt: '2024-08-04T19:50:00.000Z',
  rank: 1,
  status: 'chosen',
  angles: { sport: { brief: '' }, site: { brief: '' }, public: { brief: '' } },
} as unknown as Moment;
const spot: Spot = {
  id: SPOT,
  momentId: MOMENT,
  label: 'Stand C, row 12',
  description: 'Behind the finish line',
  camera: { lat: 48.924, lng: 2.36 },
};
const onSpot = (memberId: string, n: number, spotId: string | undefined = SPOT): Assignment => ({
  id: id(100 + n),
  memberId,
  momentId: MOMENT,
  ...(spotId ? { spotId } : {}),
  note: '',
});
const change = <T>(kind: AuditChange['kind'], before: T | null, after: T | null): AuditChange =>
  ({ kind, id: ((after ?? before) as { id: string }).id, before, after }) as AuditChange;

const rows = (assignments: Assignment[], spots: Spot[] = [spot]) => ({
  assignments,
  spot: (sid: string) => spots.find((s) => s.id === sid),
});

describe('noticesFor', () => {
  it('tells the members on a spot that it moved, and not the planner who moved it', () => {
    const assignments = [onSpot(LEA, 1), onSpot(THEO, 2, OTHER_SPOT), onSpot(CLAIRE, 3)];
    const moved = { ...spot, camera: { lat: 48.925, lng: 2.36 } };
    expect(noticesFor(CLAIRE, [change('spot', spot, moved)], rows(assignments))).toEqual([
      { kind: 'spot', event: 'moved', memberId: LEA, momentId: MOMENT, spotId: SPOT },
    ]);
    const renamed = { ...spot, label: 'Stand C, row 14' };
    expect(noticesFor(CLAIRE, [change('spot', spot, renamed)], rows(assignments))).toEqual([
      { kind: 'spot', event: 'changed', memberId: LEA, momentId: MOMENT, spotId: SPOT },
    ]);
    expect(noticesFor(CLAIRE, [change('spot', spot, { ...spot })], rows(assignments))).toEqual([]);
  });

  it('tells a member they were assigned or removed, and a replaced spot', () => {
    const a = onSpot(LEA, 1);
    expect(noticesFor(CLAIRE, [change('assignment', null, a)], rows([a]))).toEqual([
      { kind: 'assignment', event: 'assigned', memberId: LEA, momentId: MOMENT },
    ]);
    expect(noticesFor(CLAIRE, [change('assignment', a, null)], rows([]))).toEqual([
      { kind: 'assignment', event: 'unassigned', memberId: LEA, momentId: MOMENT },
    ]);
    const b = { ...a, spotId: OTHER_SPOT };
    expect(noticesFor(CLAIRE, [change('assignment', a, b)], rows([b]))).toEqual([
      { kind: 'spot', event: 'changed', memberId: LEA, momentId: MOMENT, spotId: OTHER_SPOT },
    ]);
    const toTheo = { ...a, memberId: THEO };
    expect(
      noticesFor(CLAIRE, [change('assignment', a, toTheo)], rows([toTheo])).map((n) => [n.memberId, n.event]),
    ).toEqual([
      [THEO, 'assigned'],
      [LEA, 'unassigned'],
    ]);
  });

  it('tells everyone on a moment it moved or was cancelled (once, with no "removed" besides)', () => {
    const assignments = [onSpot(LEA, 1), onSpot(THEO, 2, undefined)];
    const later = { ...moment, keyMomentAt: '2024-08-04T20:05:00.000Z' };
    expect(noticesFor(CLAIRE, [change('moment', moment, later)], rows(assignments))).toEqual([
      {
        kind: 'moment',
        event: 'moved',
        memberId: LEA,
        momentId: MOMENT,
        from: moment.keyMomentAt,
        to: later.keyMomentAt,
      },
      {
        kind: 'moment',
        event: 'moved',
        memberId: THEO,
        momentId: MOMENT,
        from: moment.keyMomentAt,
        to: later.keyMomentAt,
      },
    ]);
    const dropped = { ...moment, status: 'dropped' as const, rank: 99 };
    const removed = onSpot(THEO, 2, undefined);
    const notices = noticesFor(
      CLAIRE,
      [change('moment', moment, dropped), change('assignment', removed, null)],
      rows([onSpot(LEA, 1)]),
    );
    expect(notices.map((n) => [n.memberId, n.kind, n.event])).toEqual([
      [LEA, 'moment', 'cancelled'],
      [THEO, 'moment', 'cancelled'],
    ]);
    // Another field of the moment (its rank, its brief) is not news for the creator.
    expect(noticesFor(CLAIRE, [change('moment', moment, { ...moment, rank: 2 })], rows(assignments))).toEqual(
      [],
    );
  });

  it('tells those on a spot that its access was granted or refused, not other status moves', () => {
    const access: AccessRequest = {
      id: id(40),
      spotId: SPOT,
      kind: 'roof',
      contactName: 'Museum security',
      contactPhone: '',
      status: 'asked',
      notes: '',
    };
    const assignments = [onSpot(LEA, 1), onSpot(THEO, 2, OTHER_SPOT)];
    expect(
      noticesFor(CLAIRE, [change('access', access, { ...access, status: 'granted' })], rows(assignments)),
    ).toEqual([{ kind: 'access', event: 'granted', memberId: LEA, momentId: MOMENT, spotId: SPOT }]);
    expect(
      noticesFor(CLAIRE, [change('access', access, { ...access, status: 'refused' })], rows(assignments)).map(
        (n) => n.event,
      ),
    ).toEqual(['refused']);
    expect(
      noticesFor(CLAIRE, [change('access', { ...access, status: 'to-ask' }, access)], rows(assignments)),
    ).toEqual([]);
    expect(
      noticesFor(CLAIRE, [change('access', access, { ...access, notes: 'call first' })], rows(assignments)),
    ).toEqual([]);
  });

  it('ignores what concerns nobody: signature taps, members, a changed row with nobody on it', () => {
    expect(noticesFor(CLAIRE, [change('signature', { id: id(50) }, { id: id(50) })], rows([]))).toEqual([]);
    expect(noticesFor(CLAIRE, [change('spot', spot, { ...spot, label: 'x' })], rows([]))).toEqual([]);
  });
});

describe('dueReminders', () => {
  const key = Date.parse(moment.keyMomentAt);
  const assignments = [onSpot(LEA, 1), onSpot(LEA, 2), onSpot(THEO, 3)];
  it('is due from 30 minutes before the key moment until it, once per member', () => {
    expect(dueReminders(key - 31 * 60_000, [moment], assignments)).toEqual([]);
    expect(dueReminders(key - 30 * 60_000, [moment], assignments).map((n) => n.memberId)).toEqual(
      [LEA, THEO].sort(),
    );
    expect(dueReminders(key - 60_000, [moment], assignments)).toHaveLength(2);
    expect(dueReminders(key, [moment], assignments)).toEqual([]);
    expect(dueReminders(key - 60_000, [{ ...moment, status: 'dropped' }], assignments)).toEqual([]);
  });
});

describe('writeNotice', () => {
  const venue = {
    id: id(31),
    name: 'Stade de France',
    city: 'Saint-Denis',
    position: { lat: 48.92, lng: 2.36 },
    timeZone: 'Europe/Paris',
  };
  const now = Date.parse('2024-08-04T17:00:00Z');
  it('writes in the device’s language, with times in the venue’s zone, and opens the card', () => {
    const later = '2024-08-04T20:05:00.000Z';
    const notice = {
      kind: 'moment',
      event: 'moved',
      memberId: LEA,
      momentId: MOMENT,
      from: moment.keyMomentAt,
      to: later,
    } as const;
    expect(
      writeNotice(notice, 'en', { moment: { ...moment, keyMomentAt: later }, venue, spot }, now),
    ).toEqual({
      v: 1,
      kind: 'moment',
      lang: 'en',
      title: 'Moment moved: Men’s 100 m final',
      body: 'The key moment is now at 22:05 (was 21:50), Stade de France.',
      url: `/me#moment-${MOMENT}`,
      tag: `moment-${MOMENT}`,
      at: now,
    });
    const fr = writeNotice(notice, 'fr', { moment, venue, spot }, now);
    expect(fr.title).toBe('Moment déplacé\u00a0: Men’s 100 m final');
    expect(fr.body).toBe('Le moment clé est désormais à 22:05 (au lieu de 21:50), Stade de France.');
  });

  it('names the day when it is not today at the venue, and opens the day for a cancelled moment', () => {
    const notice = { kind: 'assignment', event: 'assigned', memberId: LEA, momentId: MOMENT } as const;
    expect(writeNotice(notice, 'en', { moment, venue, spot }, now - 2 * 86_400_000).body).toBe(
      '21:50 · Sun 4 Aug, Stade de France. Open it for your spot and angles.',
    );
    expect(writeNotice(notice, 'fr', { moment, venue, spot }, now - 2 * 86_400_000).body).toBe(
      '21:50 · dim. 4 août, Stade de France. Ouvrez-la pour votre spot et vos angles.',
    );
    const cancelled = { kind: 'moment', event: 'cancelled', memberId: LEA, momentId: MOMENT } as const;
    expect(writeNotice(cancelled, 'fr', { moment, venue, spot }, now)).toMatchObject({
      title: 'Moment annulé\u00a0: Men’s 100 m final',
      url: '/me',
    });
  });

  it('puts Tahiti’s own date beside a time that is not on the plan day, as the cards do', () => {
    // The surfing final at Teahupo'o: 15:34 on 30 July in Tahiti, in the plan of 31 July (Paris).
    const tahiti = { ...venue, name: 'Teahupo’o', timeZone: 'Pacific/Tahiti' };
    const surf = { ...moment, day: '2024-07-31', keyMomentAt: '2024-07-31T01:34:00.000Z' };
    const morning = Date.parse('2024-07-30T18:00:00Z'); // 08:00 on 30 July in Tahiti
    const notice = { kind: 'assignment', event: 'assigned', memberId: LEA, momentId: MOMENT } as const;
    const rows = { moment: surf, venue: tahiti, spot };
    expect(writeNotice(notice, 'en', rows, morning).body).toBe(
      '15:34 · Tue 30 Jul, Teahupo’o. Open it for your spot and angles.',
    );
    expect(writeNotice(notice, 'fr', rows, morning).body).toBe(
      '15:34 · mar. 30 juil., Teahupo’o. Ouvrez-la pour votre spot et vos angles.',
    );
  });

  it('counts the minutes left in a reminder', () => {
    const notice = {
      kind: 'reminder',
      event: 'soon',
      memberId: LEA,
      momentId: MOMENT,
      keyMomentAt: moment.keyMomentAt,
    } as const;
    const at = Date.parse(moment.keyMomentAt) - 28 * 60_000;
    expect(writeNotice(notice, 'fr', { moment, venue, spot }, at)).toMatchObject({
      title: 'Dans 28\u00a0min\u00a0: Men’s 100 m final',
      body: 'Moment clé à 21:50, Stade de France. Spot\u00a0: Stand C, row 12.',
    });
  });
});
