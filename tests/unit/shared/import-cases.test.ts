// The import cases (tests/fixtures/cases/import and schedule, copied from the shared cases): each file's right value.
import { describe, expect, it } from 'vitest';
import type { ImportResult, ImportSuccess } from '../../../src/shared/import/index.ts';
import { importSchedule } from '../../../src/shared/import/index.ts';
import { VENUE_IDS } from '../../../src/server/demo/ids.ts';
import { caseFile, context, demoEditions, demoFile } from './import-fixtures.ts';

function read(folder: 'import' | 'schedule', name: string, sessions = context().sessions): ImportResult {
  return importSchedule(name, caseFile(folder, name), context([...sessions]));
}

function ok(result: ImportResult): ImportSuccess {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result;
}

const span = (r: ImportSuccess) => r.sessions.map((s) => [s.ref, s.startsAt, s.endsAt]);

describe('import cases', () => {
  it('outlook-windows-tzid.ics: Romance Standard Time through Outlook’s VTIMEZONE → 18:30Z–20:30Z', () => {
    const r = ok(read('import', 'outlook-windows-tzid.ics'));
    expect(span(r)).toEqual([['SWM-0727-F', '2024-07-27T18:30:00Z', '2024-07-27T20:30:00Z']]);
    expect(r.sessions[0]!.venueId).toBe(VENUE_IDS.laDefenseArena);
  });

  it('ics-duration-no-dtend.ics: DURATION:PT2H without DTEND → end = start + 2 h', () => {
    const r = ok(read('import', 'ics-duration-no-dtend.ics'));
    expect(span(r)).toEqual([['SWM-0727-F', '2024-07-27T18:30:00Z', '2024-07-27T20:30:00Z']]);
  });

  it('ics-rrule-daily.ics: RRULE COUNT=3 → 3 sessions, 09:00Z–11:00Z on 27, 28 and 29 July', () => {
    const r = ok(read('import', 'ics-rrule-daily.ics'));
    expect(r.created).toBe(3);
    expect(span(r)).toEqual([
      ['swm-heats@google.com/20240727T090000Z', '2024-07-27T09:00:00Z', '2024-07-27T11:00:00Z'],
      ['swm-heats@google.com/20240728T090000Z', '2024-07-28T09:00:00Z', '2024-07-28T11:00:00Z'],
      ['swm-heats@google.com/20240729T090000Z', '2024-07-29T09:00:00Z', '2024-07-29T11:00:00Z'],
    ]);
  });

  it('ics-rrule-with-moved-occurrence.ics: the RECURRENCE-ID override moves the 28th to 09:30Z, same ref', () => {
    const r = ok(read('import', 'ics-rrule-with-moved-occurrence.ics'));
    expect(span(r)).toEqual([
      ['swm-heats@google.com/20240727T090000Z', '2024-07-27T09:00:00Z', '2024-07-27T11:00:00Z'],
      ['swm-heats@google.com/20240728T090000Z', '2024-07-28T09:30:00Z', '2024-07-28T11:30:00Z'],
      ['swm-heats@google.com/20240729T090000Z', '2024-07-29T09:00:00Z', '2024-07-29T11:00:00Z'],
    ]);
    expect(r.sessions[1]!.event).toBe('Swimming heats (moved)');
  });

  it('spreadsheet-fr-dates-seconds.csv: 04/08/2024 and 21:50:00 (; and BOM) → 2024-08-04 21:50–22:05 Paris', () => {
    const r = ok(read('import', 'spreadsheet-fr-dates-seconds.csv'));
    expect(span(r)).toEqual([['ATH-M100-F', '2024-08-04T19:50:00Z', '2024-08-04T20:05:00Z']]);
    expect(r.sessions[0]).toMatchObject({ sport: 'Athlétisme', medal: true });
    // Every date of the file reads both ways: the screen names how it was read.
    expect(r.dates).toMatchObject({ order: 'day-first', decidedBy: 'choice' });
  });

  it("venue-apostrophes.csv: Teahupoʻo, Teahupo’o and teahupo'o are all the venue Teahupo'o", () => {
    const r = ok(read('import', 'venue-apostrophes.csv'));
    expect(r.sessions.map((s) => s.venueId)).toEqual(Array(3).fill(VENUE_IDS.teahupoo));
    expect(r.sessions[0]!.startsAt).toBe('2024-07-27T17:00:00Z');
  });

  it('dst-ambiguous-hour.csv: the repeated 02:30 is its first occurrence; the other rows stay right', () => {
    const r = ok(read('import', 'dst-ambiguous-hour.csv'));
    expect(span(r)).toEqual([
      ['DST-A', '2024-10-26T23:30:00Z', '2024-10-27T02:30:00Z'],
      // 02:30 CEST (first) = 00:30Z; 04:00 CET = 03:00Z: 2 h 30.
      ['DST-B', '2024-10-27T00:30:00Z', '2024-10-27T03:00:00Z'],
      // 02:30 does not exist on 30 March 2025: read with the offset before the gap (RFC 5545 §3.3.5).
      ['DST-C', '2025-03-30T01:30:00Z', '2025-03-30T02:00:00Z'],
      ['MID-A', '2024-07-30T08:00:00Z', '2024-07-30T10:30:00Z'],
      ['MID-B', '2024-10-26T21:00:00Z', '2024-10-26T23:30:00Z'],
    ]);
    const b = r.sessions[1]!;
    expect(Date.parse(b.endsAt) - Date.parse(b.startsAt)).toBe(150 * 60_000);
  });

  it('end-2400.csv: an end at 24:00 is the next day’s 00:00 → 20:00Z–22:00Z', () => {
    const r = ok(read('import', 'end-2400.csv'));
    expect(span(r)).toEqual([['END-24', '2024-08-01T20:00:00Z', '2024-08-01T22:00:00Z']]);
  });
});

describe('the real Paris 2024 schedule', () => {
  it('paris2024-real.csv and .ics import cleanly to the same 44 sessions, Teahupo’o at UTC−10', () => {
    const csv = ok(read('schedule', 'paris2024-real.csv'));
    const ics = ok(read('schedule', 'paris2024-real.ics'));
    expect(csv.created).toBe(44);
    const strip = (list: ImportSuccess['sessions']) => list.map(({ id: _id, ...s }) => s);
    expect(strip(ics.sessions)).toEqual(strip(csv.sessions));
    const gold = csv.sessions.find((s) => s.ref === 'RS-SRF-GO-M')!;
    // 10:00 in Tahiti on 5 August is 20:00Z, 22:00 in Paris.
    expect([gold.venueId, gold.startsAt]).toEqual([VENUE_IDS.teahupoo, '2024-08-05T20:00:00Z']);
    const marseille = csv.sessions.find((s) => s.ref === 'RS-SAL-IQF-W-OS1')!;
    expect([marseille.venueId, marseille.startsAt]).toEqual([
      VENUE_IDS.marseilleMarina,
      '2024-07-28T09:13:00Z',
    ]);
    expect(new Set(csv.sessions.map((s) => s.editionId))).toEqual(new Set(demoEditions.map((e) => e.id)));
  });

  it('ships as the demo’s schedule files too (src/server/demo/schedule/paris2024-real.*)', () => {
    for (const ext of ['csv', 'ics'] as const)
      expect(demoFile(`paris2024-real.${ext}`)).toBe(caseFile('schedule', `paris2024-real.${ext}`));
  });

  it('re-imports the same file as 44 unchanged, nothing to send', () => {
    const first = ok(read('schedule', 'paris2024-real.csv'));
    for (const name of ['paris2024-real.csv', 'paris2024-real.ics']) {
      const again = ok(read('schedule', name, first.sessions));
      expect([again.created, again.updated, again.unchanged, again.sessions]).toEqual([0, 0, 44, []]);
    }
  });

  it('paris2024-real-with-errors.csv: nothing imported, line 4 unknown venue and line 9 start 25:50 named', () => {
    const r = read('schedule', 'paris2024-real-with-errors.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.row, i.field, i.column, i.code, i.params?.value])).toEqual([
      [4, 'venue', 'E', 'unknownVenue', 'Saint-Quentin-en-Yvelines Velodrome'],
      [9, 'start', 'G', 'badTime', '25:50'],
    ]);
    expect(r.issues[0]!.params?.known).toContain('Vaires-sur-Marne Nautical Stadium');
  });
});
