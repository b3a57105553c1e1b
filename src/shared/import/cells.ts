// Dates and times as spreadsheets write them (ISO, French, British, US, German), read per cell and per file.

/** How a file writes numeric dates such as 04/08/2024: 4 August (day-first) or April 8 (month-first). */
export type DateOrder = 'day-first' | 'month-first';

/** A calendar day [year, month 1–12, day]. */
export type Day = [number, number, number];

/** A date cell before the file's order is known. */
export type DateCell =
  | { kind: 'iso'; day: Day }
  /** Two numbers before a four-digit year, in the order written: 04/08/2024 → first 4, second 8. */
  | { kind: 'numeric'; first: number; second: number; year: number };

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (ISO 8601 order: never ambiguous). */
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u;
/** D/M/YYYY, DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY (or month first): the file decides which. */
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/u;

/** Reads the shape of a date cell; undefined when it is no date form we accept. */
export function readDateCell(text: string): DateCell | undefined {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return { kind: 'iso', day: [Number(iso[1]), Number(iso[2]), Number(iso[3])] };
  const numeric = NUMERIC.exec(value);
  if (numeric)
    return {
      kind: 'numeric',
      first: Number(numeric[1]),
      second: Number(numeric[3]),
      year: Number(numeric[4]),
    };
  return undefined;
}

/** The calendar day of a cell in an order, or undefined when it is not a real day (31/02/2024). */
export function dayOf(cell: DateCell, order: DateOrder): Day | undefined {
  const [y, m, d] =
    cell.kind === 'iso'
      ? cell.day
      : order === 'day-first'
        ? [cell.year, cell.second, cell.first]
        : [cell.year, cell.first, cell.second];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return undefined;
  return [y, m, d];
}

/** How a file's numeric dates were read, for the screen to say so. */
export interface DateReading {
  order: DateOrder;
  /** 'file': a cell proves it (25/07/2024 can only be day-first); 'choice': every date reads both ways. */
  decidedBy: 'file' | 'choice';
  /** The first numeric date of the file, to show how it was read. */
  example: { row: number; value: string };
  /** The line and text of the cell that decided, when the file did. */
  evidence?: { row: number; value: string };
}

/**
 * Decides the order of a file's numeric dates, once for the whole file: a first number above 12
 * means day-first, a second above 12 month-first; when every date reads both ways, `fallback`
 * (the UI language's order, or the planner's choice) decides and the screen names it. Returns
 * undefined when the file has no numeric date (ISO only), and lists the lines that contradict the
 * order most of the file proves (a file mixing 25/07/2024 and 07/25/2024).
 */
export function decideDateOrder(
  cells: readonly { row: number; text: string; cell: DateCell }[],
  fallback: DateOrder,
): { reading?: DateReading; contradicting: number[] } {
  const numeric = cells.filter((c) => c.cell.kind === 'numeric');
  if (numeric.length === 0) return { contradicting: [] };
  const proves = (order: DateOrder) =>
    numeric.filter(
      ({ cell }) => cell.kind === 'numeric' && (order === 'day-first' ? cell.first > 12 : cell.second > 12),
    );
  const dayFirst = proves('day-first');
  const monthFirst = proves('month-first');
  const example = { row: numeric[0]!.row, value: numeric[0]!.text.trim() };
  if (dayFirst.length === 0 && monthFirst.length === 0)
    return { reading: { order: fallback, decidedBy: 'choice', example }, contradicting: [] };
  const order: DateOrder = dayFirst.length >= monthFirst.length ? 'day-first' : 'month-first';
  const [winner, loser] = order === 'day-first' ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
  return {
    reading: {
      order,
      decidedBy: 'file',
      example,
      evidence: { row: winner[0]!.row, value: winner[0]!.text.trim() },
    },
    contradicting: loser.map((c) => c.row),
  };
}

/** A clock time; `nextDay` for 24:00 (the end of the day is the next day's 00:00, ISO 8601). */
export interface Clock {
  hour: number;
  minute: number;
  second: number;
  nextDay: boolean;
}

/** 21:50, 21:50:00, 9:05, 21h50, 21h, 21.50, 9:30 PM, 24:00. */
const CLOCK = /^(\d{1,2})(?:\s*[:hH.]\s*(\d{2})(?:[:.](\d{2}))?|\s*[hH])?\s*([aApP]\.?[mM]\.?)?$/u;

/** Reads a time cell; undefined when it is not a time of day (25:50, 21:60, 13:00 PM, 24:30). */
export function readClock(text: string): Clock | undefined {
  const m = CLOCK.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  if (m[2] === undefined && !/[hH]/u.test(text) && !m[4]) return undefined; // "21" alone is not a time
  if (minute > 59 || second > 59) return undefined;
  if (m[4]) {
    // 12-hour clock: 12:30 AM is 00:30, 12:30 PM is 12:30.
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^[pP]/u.test(m[4]) ? 12 : 0);
  }
  if (hour === 24 && minute === 0 && second === 0) return { hour: 0, minute: 0, second: 0, nextDay: true };
  if (hour > 23) return undefined;
  return { hour, minute, second, nextDay: false };
}
