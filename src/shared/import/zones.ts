// Time-zone facts from Intl (in every runtime we target): validity, offsets, transitions, wall-clock parts.

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Building a DateTimeFormat costs far more than using one: one per zone, reused (transition scans call this a lot). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading of an instant in a zone. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts = formatterOf(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset from UTC, in minutes, of a zone at an instant (summer time included). */
export function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

export interface Transition {
  /** The first instant (ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Offset changes of a zone between two instants: scanned daily, then pinned to the minute. */
export function transitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  const DAY = 86_400_000;
  for (let t = fromMs; t < toMs; t += DAY) {
    const before = offsetAt(t, timeZone);
    const after = offsetAt(t + DAY, timeZone);
    if (before === after) continue;
    let [lo, hi] = [t, t + DAY];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
      if (offsetAt(mid, timeZone) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: before, to: after });
  }
  return found;
}
