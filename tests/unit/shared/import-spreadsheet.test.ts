// Spreadsheets as people save them: separators, BOM, French headers, date orders decided per file, times, 24:00.
import { describe, expect, it } from 'vitest';
import type { ImportResult, ImportSuccess } from '../../../src/shared/import/index.ts';
import { importCsv } from '../../../src/shared/import/index.ts';
import { readClock } from '../../../src/shared/import/cells.ts';
import { context } from './import-fixtures.ts';

const H = ['ref', 'sport', 'event', 'venue', 'date', 'start', 'end'];

function csv(rows: string[][], sep = ',', header = H): string {
  return [header, ...rows].map((r) => r.join(sep)).join('\r\n');
}
const row = (ref: string, date: string, start = '10:00', end = '11:00', venue = 'Stade de France') => [
  ref,
  'Athletics',
  'Heat',
  venue,
  date,
  start,
  end,
];

function ok(result: ImportResult): ImportSuccess {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}
const starts = (r: ImportSuccess) => r.sessions.map((s) => s.startsAt);

describe('CSV separators and headers', () => {
  it('reads `;`, tab and `|` files, with or without a BOM, even when cells hold commas', () => {
    const rows = [['A', 'Athlétisme', 'Finale, hommes', 'Stade de France', '2024-08-04', '21:50', '22:05']];
    for (const sep of [';', '\t', '|']) {
      for (const bom of ['', '\uFEFF']) {
        const r = ok(importCsv(bom + csv(rows, sep), context()));
        expect(r.sessions[0]).toMatchObject({ event: 'Finale, hommes', startsAt: '2024-08-04T19:50:00Z' });
      }
    }
  });

  it('accepts French column names and any column order', () => {
    const header = ['Site', 'Épreuve', 'Référence', 'Discipline', 'Jour', 'Début', 'Fin', 'Médaille'];
    const r = ok(
      importCsv(
        csv([['Bercy Arena', 'Finale', 'B1', 'Basket', '10/08/2024', '21h00', '23h00', 'oui']], ';', header),
        context(),
      ),
    );
    expect(r.sessions[0]).toMatchObject({
      ref: 'B1',
      sport: 'Basket',
      medal: true,
      startsAt: '2024-08-10T19:00:00Z',
    });
  });

  it('counts lines as an editor does: a quoted cell over two lines and a blank line shift the next rows', () => {
    const text = `${H.join(',')}\n"A",Athletics,"Heat,\nsecond line",Stade de France,2024-08-04,10:00,11:00\n\nB,Athletics,Heat,Nowhere,2024-08-04,10:00,11:00`;
    const r = importCsv(text, context());
    expect(!r.ok && r.issues.map((i) => [i.row, i.column, i.code])).toEqual([[5, 'D', 'unknownVenue']]);
  });

  it('reads a line break inside a one-line cell (Alt+Enter in a spreadsheet) as a space', () => {
    const text = `${H.join(',')}\n"A",Athletics,"Heat,\nsecond line",Stade de France,2024-08-04,10:00,11:00`;
    const r = importCsv(text, context());
    expect(r.ok && r.sessions.map((s) => s.event)).toEqual(['Heat, second line']);
  });
});

describe('dates, decided once per file', () => {
  it('reads YYYY-MM-DD, DD/MM/YYYY, D/M/YYYY, DD.MM.YYYY and DD-MM-YYYY', () => {
    const dates = ['2024-08-04', '04/08/2024', '4/8/2024', '04.08.2024', '04-08-2024', '2024/08/04'];
    // 25/07/2024 proves the file is day-first.
    const r = ok(
      importCsv(csv([...dates.map((d, i) => row(`R${i}`, d)), row('P', '25/07/2024')]), context()),
    );
    expect(starts(r).slice(0, dates.length)).toEqual(Array(dates.length).fill('2024-08-04T08:00:00Z'));
    expect(r.dates).toEqual({
      order: 'day-first',
      decidedBy: 'file',
      example: { row: 3, value: '04/08/2024' },
      evidence: { row: 8, value: '25/07/2024' },
    });
  });

  it('reads a US file month-first when one date proves it, whatever the UI prefers', () => {
    const r = ok(importCsv(csv([row('A', '8/4/2024'), row('B', '7/25/2024')]), context([], 'day-first')));
    expect(starts(r)).toEqual(['2024-08-04T08:00:00Z', '2024-07-25T08:00:00Z']);
    expect(r.dates).toMatchObject({ order: 'month-first', decidedBy: 'file', evidence: { row: 3 } });
  });

  it('reads an ambiguous file (7/8/2024 only) in the order it is given, and says it was a choice', () => {
    const file = csv([row('A', '7/8/2024')]);
    const dayFirst = ok(importCsv(file, context([], 'day-first')));
    const monthFirst = ok(importCsv(file, context([], 'month-first')));
    expect([starts(dayFirst), starts(monthFirst)]).toEqual([
      ['2024-08-07T08:00:00Z'],
      ['2024-07-08T08:00:00Z'],
    ]);
    expect(dayFirst.dates).toMatchObject({ order: 'day-first', decidedBy: 'choice' });
    // An ISO-only file needs no order.
    expect(ok(importCsv(csv([row('A', '2024-08-07')]), context())).dates).toBeUndefined();
  });

  it('refuses a file mixing both orders, naming the lines that contradict the rest', () => {
    const r = importCsv(
      csv([row('A', '25/07/2024'), row('B', '26/07/2024'), row('C', '07/27/2024')]),
      context(),
    );
    expect(!r.ok && r.issues.map((i) => [i.row, i.field, i.column, i.code, i.params])).toEqual([
      [4, 'date', 'E', 'mixedDateOrder', { value: '07/27/2024', order: 'day-first', first: 2 }],
    ]);
  });

  it('refuses dates that are not days, with the value', () => {
    const r = importCsv(csv([row('A', '31/02/2024'), row('B', '04/08/24'), row('C', 'demain')]), context());
    expect(!r.ok && r.issues.map((i) => [i.row, i.code, i.params?.value])).toEqual([
      [2, 'badDate', '31/02/2024'],
      [3, 'badDate', '04/08/24'],
      [4, 'badDate', 'demain'],
    ]);
  });
});

describe('times', () => {
  it('reads 21:50, 21:50:00, 9:05, 21h50, 21h, 21.50 and 12-hour clocks', () => {
    const cases: [string, [number, number, number]][] = [
      ['21:50', [21, 50, 0]],
      ['21:50:30', [21, 50, 30]],
      ['9:05', [9, 5, 0]],
      ['21h50', [21, 50, 0]],
      ['21H', [21, 0, 0]],
      ['21.50', [21, 50, 0]],
      ['00:00:00', [0, 0, 0]],
      ['9:30 PM', [21, 30, 0]],
      ['12:15 am', [0, 15, 0]],
      ['12:00 p.m.', [12, 0, 0]],
    ];
    for (const [text, [hour, minute, second]] of cases)
      expect({ text, clock: readClock(text) }).toEqual({
        text,
        clock: { hour, minute, second, nextDay: false },
      });
    expect(readClock('24:00')).toEqual({ hour: 0, minute: 0, second: 0, nextDay: true });
    for (const bad of ['25:50', '21:60', '24:30', '13:00 PM', '21', '', 'noon'])
      expect(readClock(bad)).toBeUndefined();
  });

  it('keeps seconds; 24:00 ends at the next midnight; 00:00:00 starts the day', () => {
    const r = ok(
      importCsv(
        csv([
          row('A', '2024-08-01', '21:50:30', '22:05:00'),
          row('B', '2024-08-01', '22:00', '24:00'),
          row('C', '2024-08-02', '00:00:00', '01:00:00'),
          row('D', '2024-08-01', '23:00', '24:00:00'),
        ]),
        context(),
      ),
    );
    expect(r.sessions.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2024-08-01T19:50:30Z', '2024-08-01T20:05:00Z'],
      ['2024-08-01T20:00:00Z', '2024-08-01T22:00:00Z'],
      ['2024-08-01T22:00:00Z', '2024-08-01T23:00:00Z'],
      ['2024-08-01T21:00:00Z', '2024-08-01T22:00:00Z'],
    ]);
  });

  it('ends past midnight on the next day’s wall clock, across a clock change', () => {
    // 26 Oct 2024 23:00 CEST → 27 Oct 03:30 CET: 5 h 30 of real time, not 4 h 30.
    const r = ok(importCsv(csv([row('N', '2024-10-26', '23:00', '03:30')]), context()));
    expect(r.sessions.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2024-10-26T21:00:00Z', '2024-10-27T02:30:00Z'],
    ]);
  });

  it('names a bad start by line, column name and letter: 25:50', () => {
    const r = importCsv(csv([row('A', '2024-08-04', '25:50', '22:00')]), context());
    expect(!r.ok && r.issues).toEqual([
      { row: 2, field: 'start', column: 'F', code: 'badTime', params: { value: '25:50' } },
    ]);
  });
});

describe('quotes', () => {
  it('names the line of a quoted cell that never closes', () => {
    const r = importCsv(
      `${H.join(',')}\nA,Athletics,"Heat,Stade de France,2024-08-04,10:00,11:00`,
      context(),
    );
    expect(!r.ok && r.issues.map((i) => [i.row, i.code])).toEqual([[2, 'badQuotes']]);
  });
});
