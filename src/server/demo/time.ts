// Local wall-clock times of the schedule, turned into the UTC instants the plan stores.

/** Paris is on summer time (UTC+2) throughout both editions: DST ends on 27 October 2024. */
const PARIS_OFFSET = '+02:00';
/** French Polynesia keeps UTC-10 all year (no daylight saving time). */
const TAHITI_OFFSET = '-10:00';

/** `paris('2024-08-04', '21:50')` → '2024-08-04T19:50:00Z'. */
export function paris(day: string, hhmm: string): string {
  return toUtc(day, hhmm, PARIS_OFFSET);
}

/** `tahiti('2024-07-30', '15:34')` → '2024-07-31T01:34:00Z': the next day in Paris. */
export function tahiti(day: string, hhmm: string): string {
  return toUtc(day, hhmm, TAHITI_OFFSET);
}

function toUtc(day: string, hhmm: string, offset: string): string {
  const instant = new Date(`${day}T${hhmm}:00${offset}`);
  // A typo in the demo must fail loudly at start-up, not store "Invalid Date".
  if (Number.isNaN(instant.getTime())) throw new Error(`bad demo time ${day} ${hhmm}`);
  return instant.toISOString().replace('.000Z', 'Z');
}

/** A session's [start, end] in Paris; an end earlier than the start is after midnight. */
export function parisSpan(day: string, from: string, to: string): [string, string] {
  return span(paris, day, from, to);
}

export function tahitiSpan(day: string, from: string, to: string): [string, string] {
  return span(tahiti, day, from, to);
}

function span(at: typeof paris, day: string, from: string, to: string): [string, string] {
  const start = at(day, from);
  let end = at(day, to);
  if (end <= start) end = new Date(Date.parse(end) + 86_400_000).toISOString().replace('.000Z', 'Z');
  return [start, end];
}
