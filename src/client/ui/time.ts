// Dates and times as people at the Games read them: key moments in the venue's own time zone.
import { offsetAt } from '../../shared/import/zones.ts';

export interface VenueTime {
  /** Wall-clock time at the venue, e.g. "21:50" (fr) or "9:50 PM" (en). */
  time: string;
  /** Short name of the venue's zone ("UTC−10", "GMT+2"); set only when it differs from the viewer's. */
  zone?: string;
}

/**
 * Formats an instant in the venue's zone. The zone is named only when the viewer's zone shows a
 * different offset at that instant (a creator in Tahiti and a desk in Paris both know which time
 * they are reading); same-offset zones (Paris and Marseille) stay unadorned.
 */
export function formatVenueTime(
  instant: string,
  venueTimeZone: string,
  locale: string,
  viewerTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): VenueTime {
  const date = new Date(instant);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: venueTimeZone,
    hour: hourStyle(locale),
    minute: '2-digit',
  }).format(date);
  if (offsetMinutes(date, venueTimeZone) === offsetMinutes(date, viewerTimeZone)) return { time };
  return { time, zone: zoneName(date, venueTimeZone, locale) };
}

/** Offset from UTC in minutes of a zone at an instant (handles summer time): the one helper in src/shared. */
export function offsetMinutes(date: Date, timeZone: string): number {
  return offsetAt(date.getTime(), timeZone);
}

/** 24-hour locales read "07:00", 12-hour ones "7:00 AM". */
function hourStyle(locale: string): 'numeric' | '2-digit' {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
}

function zoneName(date: Date, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** The calendar day (YYYY-MM-DD) it is now in a zone: a plan's day is a day in the edition's zone. */
export function dayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Adds whole days to a YYYY-MM-DD day (calendar arithmetic in UTC: no summer-time surprises). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "samedi 27 juillet" / "Saturday, July 27": a day of the plan, whatever the viewer's zone. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** "14:32" in the viewer's zone: when the last sync happened on this phone. */
export function formatClock(instant: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: hourStyle(locale), minute: '2-digit', timeZone }).format(
    new Date(instant),
  );
}
