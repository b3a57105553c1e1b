// Durations, lists and relative times in the reader's language through Intl: "55 h 50 min", "Sport, Site et Public".
import { listFormat, numberFormat, relativeTimeFormat } from './intl-cache.ts';

/**
 * A duration in whole minutes as hours and minutes, in `locale`'s words: "55 h 50 min" (fr),
 * "55 hr 50 min" (en), "45 min", "2 h". Negative durations read as their size. Built from
 * `Intl.NumberFormat` units joined by `Intl.ListFormat` (unit, narrow), not `Intl.DurationFormat`:
 * Node 20 (the server, the tests) lacks it, and every reader must see the same words.
 */
export function formatDuration(minutes: number, locale: string): string {
  const total = Math.round(Math.abs(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(unit(locale, 'hour', hours));
  if (rest > 0 || hours === 0) parts.push(unit(locale, 'minute', rest));
  return listFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}

/** "2 j" (fr), "2 days" (en): a count of days as the countdown shows it. */
export function formatDays(days: number, locale: string): string {
  return unit(locale, 'day', days);
}

/** "Sport, Site et Public" / "Sport, Site, and Public": a list joined as the language joins it. */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
}

/**
 * How far an instant is from now in the largest fitting unit: "il y a 25 min", "in 3 hr",
 * "yesterday". `deltaMs` = instant − now (negative: in the past).
 */
export function formatRelative(deltaMs: number, locale: string): string {
  const format = relativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const minutes = Math.round(deltaMs / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(deltaMs / 3_600_000);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(deltaMs / 86_400_000), 'day');
}

function unit(locale: string, name: 'day' | 'hour' | 'minute', value: number): string {
  return numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
}
