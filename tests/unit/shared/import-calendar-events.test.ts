// Calendar events as sessions: recurrences (RRULE, EXDATE, RDATE, overrides), DURATION, no end, all-day, cancelled, long UIDs.
import { describe, expect, it } from 'vitest';
import { importIcs, MAX_IMPORT_ROWS } from '../../../src/shared/import/index.ts';
import { about, cal, lineOf, ok, spans, vevent } from './ics-builders.ts';
import { context } from './import-fixtures.ts';

const PARIS = 'TZID=Europe/Paris';

describe('recurrences, expanded with ical.js’s iterator', () => {
  it('RRULE weekly BYDAY with UNTIL and an EXDATE: one session per occurrence, each its own ref', () => {
    const text = cal(
      [],
      vevent([
        ...about('wk'),
        `DTSTART;${PARIS}:20240727T100000`,
        `DTEND;${PARIS}:20240727T120000`,
        'RRULE:FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20240811T215959Z',
        `EXDATE;${PARIS}:20240803T100000`,
      ]),
    );
    const r = ok(importIcs(text, context()));
    expect(spans(r)).toEqual(
      ['20240727', '20240728', '20240804', '20240810', '20240811'].map((d) => {
        const day = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
        return [`wk/${d}T080000Z`, `${day}T08:00:00Z`, `${day}T10:00:00Z`];
      }),
    );
  });

  it('matches an EXDATE and a RECURRENCE-ID written in UTC with occurrences in local time', () => {
    const text = cal(
      [],
      vevent([
        ...about('utc-ids'),
        `DTSTART;${PARIS}:20240727T110000`,
        `DTEND;${PARIS}:20240727T130000`,
        'RRULE:FREQ=DAILY;COUNT=4',
        'EXDATE:20240729T090000Z',
      ]),
      vevent([
        ...about('utc-ids', 'Stade de France', 'Moved'),
        'RECURRENCE-ID:20240728T090000Z',
        `DTSTART;${PARIS}:20240728T150000`,
        `DTEND;${PARIS}:20240728T170000`,
      ]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['utc-ids/20240727T090000Z', '2024-07-27T09:00:00Z', '2024-07-27T11:00:00Z'],
      ['utc-ids/20240728T090000Z', '2024-07-28T13:00:00Z', '2024-07-28T15:00:00Z'],
      ['utc-ids/20240730T090000Z', '2024-07-30T09:00:00Z', '2024-07-30T11:00:00Z'],
    ]);
  });

  it('adds RDATE occurrences, keeps the wall-clock time across a clock change, and the exact DTEND length', () => {
    const text = cal(
      [],
      vevent([
        ...about('dst'),
        `DTSTART;${PARIS}:20241026T100000`,
        `DTEND;${PARIS}:20241026T113000`,
        'RRULE:FREQ=DAILY;COUNT=2',
        `RDATE;${PARIS}:20241030T100000`,
      ]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['dst/20241026T080000Z', '2024-10-26T08:00:00Z', '2024-10-26T09:30:00Z'],
      ['dst/20241027T090000Z', '2024-10-27T09:00:00Z', '2024-10-27T10:30:00Z'],
      ['dst/20241030T090000Z', '2024-10-30T09:00:00Z', '2024-10-30T10:30:00Z'],
    ]);
  });

  it('leaves out a cancelled occurrence and a cancelled event, naming both', () => {
    const text = cal(
      [],
      vevent([
        ...about('s'),
        `DTSTART;${PARIS}:20240727T110000`,
        `DTEND;${PARIS}:20240727T130000`,
        'RRULE:FREQ=DAILY;COUNT=3',
      ]),
      vevent([
        ...about('s', 'Stade de France', 'Heat 2'),
        `RECURRENCE-ID;${PARIS}:20240728T110000`,
        `DTSTART;${PARIS}:20240728T110000`,
        `DTEND;${PARIS}:20240728T130000`,
        'STATUS:CANCELLED',
      ]),
      vevent([
        ...about('gone', 'Bercy Arena', 'Called off'),
        'STATUS:CANCELLED',
        'DTSTART:20240801T100000Z',
        'DTEND:20240801T110000Z',
      ]),
    );
    const r = ok(importIcs(text, context()));
    expect(r.sessions.map((s) => s.ref)).toEqual(['s/20240727T090000Z', 's/20240729T090000Z']);
    expect(r.notices).toEqual([
      {
        row: lineOf(text, 's', 2),
        uid: 's',
        code: 'cancelled',
        params: { event: 'Heat 2', start: '2024-07-28 11:00' },
      },
      { row: lineOf(text, 'gone'), uid: 'gone', code: 'cancelled', params: { event: 'Called off' } },
    ]);
  });

  it('imports an override of no generated occurrence as a session of its own', () => {
    const text = cal(
      [],
      vevent([
        ...about('o'),
        'DTSTART:20240727T090000Z',
        'DTEND:20240727T100000Z',
        'RRULE:FREQ=DAILY;COUNT=2',
      ]),
      vevent([
        ...about('o'),
        'RECURRENCE-ID:20240801T090000Z',
        'DTSTART:20240801T120000Z',
        'DTEND:20240801T130000Z',
      ]),
    );
    expect(ok(importIcs(text, context())).sessions.map((s) => [s.ref, s.startsAt])).toEqual([
      ['o/20240727T090000Z', '2024-07-27T09:00:00Z'],
      ['o/20240728T090000Z', '2024-07-28T09:00:00Z'],
      ['o/20240801T090000Z', '2024-08-01T12:00:00Z'],
    ]);
  });

  it('refuses, naming the event, a rule past the import’s limit or without end: never a silent cut', () => {
    for (const rule of ['RRULE:FREQ=DAILY', `RRULE:FREQ=HOURLY;COUNT=${MAX_IMPORT_ROWS + 1}`]) {
      const text = cal(
        [],
        vevent([...about('many'), 'DTSTART:20240727T090000Z', 'DTEND:20240727T093000Z', rule]),
      );
      const r = importIcs(text, context());
      expect(!r.ok && r.issues).toEqual([
        { row: 3, field: 'RRULE', uid: 'many', code: 'tooManyOccurrences', params: { max: MAX_IMPORT_ROWS } },
      ]);
    }
  });
});

describe('ends, all-day events and UIDs', () => {
  it('reads DURATION: PT1H30M exact, P1D the same wall-clock time the next day (25 h over the clock change)', () => {
    const text = cal(
      [],
      vevent([...about('a'), `DTSTART;${PARIS}:20240804T200000`, 'DURATION:PT1H30M']),
      vevent([...about('b'), `DTSTART;${PARIS}:20241026T100000`, 'DURATION:P1D']),
      vevent([...about('c'), 'DTSTART:20240804T200000Z', 'DURATION:P1DT2H']),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['a', '2024-08-04T18:00:00Z', '2024-08-04T19:30:00Z'],
      ['b', '2024-10-26T08:00:00Z', '2024-10-27T09:00:00Z'],
      ['c', '2024-08-04T20:00:00Z', '2024-08-05T22:00:00Z'],
    ]);
  });

  it('imports a DATE-TIME start without DTEND or DURATION as 0 minutes (RFC 5545 §3.6.1), and says so', () => {
    const text = cal([], vevent([...about('zero'), 'DTSTART:20240802T080000Z']));
    const r = ok(importIcs(text, context()));
    expect(spans(r)).toEqual([['zero', '2024-08-02T08:00:00Z', '2024-08-02T08:00:00Z']]);
    expect(r.notices).toEqual([{ row: 3, uid: 'zero', code: 'noEnd', params: { event: 'Heat' } }]);
  });

  it('names all-day events and leaves them out; a calendar of only all-day events imports nothing', () => {
    const allDay = vevent([
      ...about('rest', 'Bercy Arena', 'Rest day'),
      'DTSTART;VALUE=DATE:20240803',
      'DTEND;VALUE=DATE:20240804',
    ]);
    const timed = vevent([...about('t'), 'DTSTART:20240804T080000Z', 'DTEND:20240804T090000Z']);
    const r = ok(importIcs(cal([], allDay, timed), context()));
    expect(r.sessions.map((s) => s.ref)).toEqual(['t']);
    expect(r.notices).toEqual([{ row: 3, uid: 'rest', code: 'allDay', params: { event: 'Rest day' } }]);
    const only = importIcs(cal([], allDay), context());
    expect(only).toMatchObject({ ok: false, issues: [{ code: 'empty' }], notices: [{ code: 'allDay' }] });
  });

  it('shortens UIDs of 100+ characters to a stable 80-character ref (SHA-256), distinct per UID', () => {
    const outlook = (n: string) => `040000008200E00074C5B7101A82E00800000000${'A1B2C3D4'.repeat(9)}${n}`;
    const [u1, u2] = [outlook('01'), outlook('02')];
    expect(u1.length).toBeGreaterThanOrEqual(112);
    const text = cal(
      [],
      vevent([...about(u1), 'DTSTART:20240804T080000Z', 'DTEND:20240804T090000Z']),
      vevent([
        ...about(u2),
        'DTSTART:20240804T100000Z',
        'DTEND:20240804T110000Z',
        'RRULE:FREQ=DAILY;COUNT=2',
      ]),
    );
    const first = ok(importIcs(text, context()));
    const refs = first.sessions.map((s) => s.ref);
    expect(refs.every((r) => r.length <= 80)).toBe(true);
    expect(new Set(refs).size).toBe(3);
    expect(refs[0]).toMatch(/^040000008200E00074C5B7101A82E008.*~[0-9a-f]{32}$/);
    expect(refs[1]).toMatch(/~[0-9a-f]{32}\/20240804T100000Z$/);
    // The same file again: every session found by its ref, none new.
    const again = ok(importIcs(text, context(first.sessions)));
    expect([again.created, again.unchanged]).toEqual([0, 3]);
  });

  it('names a second event with the same UID (and no RECURRENCE-ID) as a duplicate ref', () => {
    const text = cal(
      [],
      vevent([...about('dup'), 'DTSTART:20240804T080000Z', 'DTEND:20240804T090000Z']),
      vevent([...about('dup'), 'DTSTART:20240805T080000Z', 'DTEND:20240805T090000Z']),
    );
    const r = importIcs(text, context());
    expect(!r.ok && r.issues.map((i) => [i.row, i.field, i.uid, i.code])).toEqual([
      [lineOf(text, 'dup', 2), 'UID', 'dup', 'duplicateRef'],
    ]);
  });
});
