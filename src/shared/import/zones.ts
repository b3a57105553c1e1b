// Time-zone facts from the IANA database through @date-fns/tz (Intl underneath): validity, offsets, transitions, wall clocks.
import { TZDate, tzOffset, tzScan } from '@date-fns/tz';

/** True when `tz` is an IANA zone name this runtime knows (Europe/Paris, Pacific/Tahiti, UTC). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock reading: calendar fields as a clock on the wall shows them (month 1–12). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of an instant (ms since the epoch) in an IANA zone. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const d = new TZDate(ms, timeZone);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  };
}

/** Offset from UTC, in minutes (east positive: Paris in summer = 120), of an IANA zone at an instant (ms). */
export function offsetAt(ms: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(ms));
}

export interface Transition {
  /** The first instant (ms) of the new offset. */
  at: number;
  /** Offsets in minutes before and after. */
  from: number;
  to: number;
}

/** Offset changes of an IANA zone between two instants (ms), oldest first. */
export function transitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  return tzScan(timeZone, { start: new Date(fromMs), end: new Date(toMs) }).map((c) => ({
    at: c.date.getTime(),
    from: c.offset - c.change,
    to: c.offset,
  }));
}
