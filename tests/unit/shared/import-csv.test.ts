// CSV schedule import: the documented layout, row-level errors, nothing imported when any row is bad.
import { describe, expect, it } from 'vitest';
import {
  importCsv,
  importSchedule,
  MAX_IMPORT_ARGS_BYTES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from '../../../src/shared/import/index.ts';
import { HEADER, context, demoEditions, demoFile, demoSessions } from './import-fixtures.ts';

const good = 'ATH-M100-F,Athletics,Men’s 100 m final,Stade de France,2024-08-04,21:50,21:55,yes,';

describe('CSV import', () => {
  it('reads the demo schedule: times in the venue’s zone, re-import keeps the ids', () => {
    // The counts come from the file itself: one session per data line, every ref once.
    const refs = demoFile('csv')
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(',')[1]!); // edition,ref,… (neither is ever quoted)
    expect(new Set(refs).size).toBe(refs.length);
    const known = demoSessions.filter((s) => refs.includes(s.ref)).length;
    const fresh = refs.length - known;
    expect(fresh).toBeGreaterThan(0);
    const first = importCsv(demoFile('csv'), context());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.sessions.map((s) => s.ref).sort()).toEqual([...refs].sort());
    expect(first.created).toBe(refs.length);
    const m100 = first.sessions.find((s) => s.ref === 'ATH-M100-F')!;
    expect(m100.startsAt).toBe(demoSessions.find((s) => s.ref === 'ATH-M100-F')!.startsAt);
    // Teahupo'o is read in Pacific/Tahiti (UTC-10), as the demo defines it.
    const surf = first.sessions.find((s) => s.ref === 'SRF-QF')!;
    expect(surf.startsAt).toBe(demoSessions.find((s) => s.ref === 'SRF-QF')!.startsAt);

    // The demo's sessions are in the file as they are: unchanged, not sent again; the rest are new.
    const again = importCsv(demoFile('csv'), context(demoSessions));
    expect(again.ok && [again.created, again.updated, again.unchanged]).toEqual([fresh, 0, known]);
    if (!again.ok) return;
    expect(again.sessions.filter((s) => demoSessions.some((d) => d.id === s.id))).toEqual([]);
    // One changed field makes that one session "updated", with its existing id.
    const moved = demoSessions.map((s) => (s.ref === 'ATH-M100-F' ? { ...s, event: 'Old name' } : s));
    const third = importCsv(demoFile('csv'), context(moved));
    expect(third.ok && [third.created, third.updated, third.unchanged]).toEqual([fresh, 1, known - 1]);
    const updated = third.ok ? third.sessions.find((s) => s.ref === 'ATH-M100-F') : undefined;
    expect(updated?.id).toBe(demoSessions.find((s) => s.ref === 'ATH-M100-F')!.id);
  });

  it('converts local wall-clock times with the venue’s zone, including past midnight', () => {
    const csv = `${HEADER}\nSRF-X,Surfing,Heat,Teahupo'o,2024-07-30,07:00,08:30,no,\nCER-X,Ceremonies,Late show,Trocadéro,2024-07-26,22:00,00:30,no,`;
    const result = importCsv(csv, context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sessions[0]!.startsAt).toBe('2024-07-30T17:00:00Z');
    expect(result.sessions[1]!.startsAt).toBe('2024-07-26T20:00:00Z');
    expect(result.sessions[1]!.endsAt).toBe('2024-07-26T22:30:00Z');
  });

  it('names every missing column and imports nothing', () => {
    const result = importCsv('ref,sport,event\nA,B,C', context());
    expect(result).toEqual({
      ok: false,
      issues: ['venue', 'date', 'start', 'end'].map((c) => ({
        row: 1,
        field: c,
        code: 'missingColumn',
        params: { column: c, found: 'ref, sport, event' },
      })),
    });
  });

  it('names the missing columns of a file with no separator to detect, not the parser’s guess', () => {
    const result = importCsv('hello\nworld\n', context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual(Array(7).fill('missingColumn'));
    expect(result.issues[0]!.params).toMatchObject({ found: 'hello' });
  });

  it('reports bad dates, bad times, unknown venues and duplicate refs by row and field', () => {
    const csv = [
      HEADER,
      good,
      'X1,Athletics,Heat,Stade de France,2024-02-30,10:00,11:00,no,',
      'X2,Athletics,Heat,Stade de France,2024-08-04,25:00,11:00,no,',
      'X3,Athletics,Heat,Stade de Nowhere,2024-08-04,10:00,11:00,no,',
      'ATH-M100-F,Athletics,Again,Stade de France,2024-08-04,10:00,11:00,maybe,',
      'X4,Athletics,Backwards,Stade de France,2024-08-04,11:00,09:00,no,',
    ].join('\n');
    const result = importCsv(csv, context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.field, i.column, i.code])).toEqual([
      [3, 'date', 'E', 'badDate'],
      [4, 'start', 'F', 'badTime'],
      [5, 'venue', 'D', 'unknownVenue'],
      [6, 'medal', 'H', 'badMedal'],
      [6, 'ref', 'A', 'duplicateRef'],
      [7, 'end', 'G', 'endBeforeStart'],
    ]);
  });

  it('refuses an empty file, a file of blank lines, and a header without rows', () => {
    for (const text of ['', '\n\n  \n', `${HEADER}\n`]) {
      const result = importCsv(text, context());
      expect(result).toEqual({ ok: false, issues: [{ row: 0, field: '', code: 'empty' }] });
    }
  });

  it('refuses a huge file and too many rows with a clear limit', () => {
    const tooLong = importCsv(`${HEADER}\n${'x'.repeat(600 * 1024)}`, context());
    expect(!tooLong.ok && tooLong.issues[0]!.code).toBe('tooLarge');
    const rows = Array.from(
      { length: MAX_IMPORT_ROWS + 5 },
      (_, i) => `R${i},A,E,Bercy Arena,2024-08-01,10:00,11:00,no,`,
    );
    const many = importCsv([HEADER, ...rows].join('\n'), context());
    expect(!many.ok && many.issues[0]).toMatchObject({
      code: 'tooManyRows',
      params: { max: MAX_IMPORT_ROWS },
    });
  });

  it('refuses a file whose sessions would not fit in one push once escaped as JSON', () => {
    // Under the file limit, but every backslash doubles once escaped (control characters are refused).
    const notes = '\\'.repeat(500);
    const rows = Array.from(
      { length: 900 },
      (_, i) => `R${i},A,E,Bercy Arena,2024-08-01,10:00,11:00,no,${notes}`,
    );
    const text = [HEADER, ...rows].join('\n');
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const result = importCsv(text, context());
    expect(!result.ok && result.issues).toEqual([
      { row: 0, field: '', code: 'tooLarge', params: { max: MAX_IMPORT_ARGS_BYTES } },
    ]);
  });

  it('accepts header case and spacing, French yes/no, an edition column and a BOM', () => {
    const csv = `\uFEFFEdition, REF ,Sport,Event,Venue,Date,Start,End,Medal\nparalympic,P1,Para athletics,Final,stade de france,2024-09-01,20h00,21:00,oui`;
    const result = importSchedule('schedule.csv', csv, context());
    expect(result.ok && result.sessions[0]).toMatchObject({
      ref: 'P1',
      medal: true,
      editionId: demoEditions[1]!.id,
    });
    expect(result.ok && result.sessions[0]!.startsAt).toBe('2024-09-01T18:00:00Z');
  });

  it('reports an unknown edition and a field that is too long', () => {
    const csv = `edition,${HEADER}\nwinter,W1,${'S'.repeat(81)},E,Bercy Arena,2024-08-01,10:00,11:00,no,`;
    const result = importCsv(csv, context());
    expect(!result.ok && result.issues.map((i) => [i.field, i.code])).toEqual([
      ['sport', 'tooLong'],
      ['edition', 'unknownEdition'],
    ]);
  });
});
