// Dates and times as people at the Games read them: the shared venue-time helper, plus day helpers of the screens.
import { dateTimeFormat } from '../../shared/format/intl-cache.ts';
import {
  dayIn as zoneDay,
  hourStyle,
  offsetMinutes as zoneOffset,
  venueTime,
} from '../../shared/format/venue-time.ts';

export { venueTime, type VenueTime } from '../../shared/format/venue-time.ts';

/** Wall-clock time at the venue and, when the viewer's zone has another offset, the venue's zone name. */
export interface VenueClock {
  /** Wall-clock time at the venue, e.g. "21:50" (fr) or "9:50 PM" (en). */
  time: string;
  /** Short name of the venue's zone ("UTC−10", "GMT+2"); set only when it differs from the viewer's. */
  zone?: string;
}

/**
 * Formats an instant in the venue's zone, without a date (see `venueTime` for the date beside it).
 * The zone is named only when the viewer's zone shows a different offset at that instant.
 */
export function formatVenueTime(
  instant: string,
  venueTimeZone: string,
  locale: string,
  viewerTimeZone?: string,
): VenueClock {
  const { time, zone } = venueTime(instant, {
    timeZone: venueTimeZone,
    locale,
    ...(viewerTimeZone ? { viewerTimeZone } : {}),
  });
  return zone ? { time, zone } : { time };
}

/** Offset from UTC in minutes of a zone at an instant (handles summer time). */
export function offsetMinutes(date: Date, timeZone: string): number {
  return zoneOffset(date, timeZone);
}

/** The calendar day (YYYY-MM-DD) it is now in a zone: a plan's day is a day in the edition's zone. */
export function dayIn(timeZone: string, now: Date = new Date()): string {
  return zoneDay(timeZone, now);
}

/** Adds whole days to a YYYY-MM-DD day (calendar arithmetic in UTC: no summer-time surprises). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "samedi 27 juillet" / "Saturday, July 27": a day of the plan, whatever the viewer's zone. */
export function formatDay(day: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** "14:32" in the viewer's zone: when the last sync happened on this phone. */
export function formatClock(instant: string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { hour: hourStyle(locale), minute: '2-digit', timeZone }).format(
    new Date(instant),
  );
}
