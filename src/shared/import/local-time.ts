// Wall-clock time at a place → the UTC instant the plan stores, by RFC 5545 §3.3.5 across clock changes.
import type { WallClock } from './zones.ts';
import { offsetAt } from './zones.ts';

const DAY_MS = 86_400_000;

/**
 * A time zone as the import needs it: its UTC offset (minutes, east positive) at any instant (ms).
 * Made from the IANA database ({@link ianaZone}) or from a file's own VTIMEZONE (ics-zones.ts).
 */
export interface ZoneRules {
  /** The name the file used (TZID) or the IANA name. */
  name: string;
  offsetAt(ms: number): number;
}

/** An IANA zone (Europe/Paris), offsets from @date-fns/tz (Intl underneath). */
export function ianaZone(name: string): ZoneRules {
  return { name, offsetAt: (ms) => offsetAt(ms, name) };
}

/**
 * The UTC instant (ms) of a wall-clock time in a zone, as RFC 5545 §3.3.5 reads local times:
 * - a time that happens twice (the repeated hour when clocks go back) is its FIRST occurrence:
 *   02:30 on 27 Oct 2024 in Paris is 00:30Z (still summer time), not 01:30Z;
 * - a time that never happens (the gap when clocks go forward) is read with the offset in force
 *   before the gap: 02:30 on 30 Mar 2025 in Paris is 01:30Z, shown as 03:30.
 * The offsets come from the zone's rules; this only chooses among the readings they allow
 * (@date-fns/tz's TZDate picks the second occurrence of a repeated time, hence this function).
 */
export function localToUtc(wall: WallClock, zone: ZoneRules): number {
  // The wall-clock fields read as if they were UTC: the instant is this minus the offset in force.
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = zone.offsetAt(asUtc - DAY_MS);
  const candidates = [...new Set([before, zone.offsetAt(asUtc), zone.offsetAt(asUtc + DAY_MS)])]
    .map((offset) => asUtc - offset * 60_000)
    // A reading holds when the zone's offset at that instant is the one it was read with.
    .filter((instant) => zone.offsetAt(instant) * 60_000 === asUtc - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - before * 60_000;
}

/** ISO 8601 UTC without milliseconds, the way sessions store instants: 2024-08-04T19:50:00Z. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * The UTC instant (ISO, 'Z') of a local day [y, m, d] and clock [h, min] (or [h, min, s]) in an IANA
 * zone, by {@link localToUtc}.
 */
export function zonedInstant(
  day: readonly [number, number, number],
  clock: readonly [number, number] | readonly [number, number, number],
  timeZone: string,
): string {
  const wall = {
    year: day[0],
    month: day[1],
    day: day[2],
    hour: clock[0],
    minute: clock[1],
    second: clock[2] ?? 0,
  };
  return isoInstant(localToUtc(wall, ianaZone(timeZone)));
}

/** The calendar day after [y, m, d] (month 1–12). */
export function nextDay(day: readonly [number, number, number]): [number, number, number] {
  const next = new Date(Date.UTC(day[0], day[1] - 1, day[2] + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}
