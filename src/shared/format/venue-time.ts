// Times as people at the Games read them: on the venue's clock, with the venue's own date when it is not the plan's day.
import { dateTimeFormat } from './intl-cache.ts';

/**
 * What a screen shows for an instant at a venue.
 *
 * The **plan day** is the day of the plan a time belongs to: a calendar day (YYYY-MM-DD) in the
 * edition's home zone (Europe/Paris for Paris 2024), the day the team's plan de jeu is for.
 * For a moment it is `moment.day`; for a schedule session, the day the stand-up is looking at.
 * A final at Teahupo'o at 15:34 on 30 July (Tahiti, UTC−10) is in the plan of 31 July (it is
 * 03:34 on 31 July in Paris): its time is shown as "15:34" with "30 Jul" beside it.
 */
export interface VenueTime {
  /** Wall-clock time at the venue: "15:34" (fr, en-GB) or "3:34 PM" (en). */
  time: string;
  /** The venue's local calendar day of the instant, YYYY-MM-DD. */
  localDay: string;
  /** The venue's local date ("mar. 30 juil.", "Tue, Jul 30"); set only when `localDay` is not the plan day. */
  date?: string;
  /** Short name of the venue's zone ("UTC−10", "GMT+2"); set only when the viewer's zone has another offset then. */
  zone?: string;
}

export interface VenueTimeOptions {
  /** The venue's IANA zone, e.g. "Pacific/Tahiti". */
  timeZone: string;
  /** A BCP 47 language tag: "fr", "en", "en-GB". */
  locale: string;
  /** The plan day (YYYY-MM-DD); without it the date is never added. */
  planDay?: string;
  /**
   * The reader's zone (default: this runtime's). `null`: never name the venue's zone (a calendar
   * feed, or a list whose heading already names it).
   */
  viewerTimeZone?: string | null;
}

/**
 * Formats a UTC instant (ISO 8601 string or ms since the epoch) on the venue's clock; see
 * {@link VenueTime}. Same-offset zones (Paris and Marseille) are never named. Uses cached
 * `Intl.DateTimeFormat` instances. Throws a RangeError for an unknown zone or an invalid instant.
 */
export function venueTime(instant: string | number, options: VenueTimeOptions): VenueTime {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const { timeZone, locale, planDay } = options;
  const viewer = options.viewerTimeZone === undefined ? runtimeTimeZone() : options.viewerTimeZone;
  const time = dateTimeFormat(locale, { timeZone, hour: hourStyle(locale), minute: '2-digit' }).format(date);
  const localDay = dayIn(timeZone, date);
  const result: VenueTime = { time, localDay };
  if (planDay !== undefined && localDay !== planDay) result.date = formatShortDate(date, timeZone, locale);
  if (viewer !== null && offsetMinutes(date, timeZone) !== offsetMinutes(date, viewer))
    result.zone = zoneName(date, timeZone, locale);
  return result;
}

/** "mar. 30 juil." / "Tue, Jul 30": an instant's date in a zone, short enough to sit beside a time. */
export function formatShortDate(instant: Date | string | number, timeZone: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(instant),
  );
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function dayIn(timeZone: string, instant: Date | string | number = Date.now()): string {
  // en-CA formats as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/** Offset from UTC in minutes of a zone at an instant, summer time included (Paris in August: 120). */
export function offsetMinutes(instant: Date | string | number, timeZone: string): number {
  const ms = new Date(instant).getTime();
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** 24-hour locales read "07:00", 12-hour ones "7:00 AM". */
export function hourStyle(locale: string): 'numeric' | '2-digit' {
  const cycle = dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
}

/**
 * Short name of `timeZone` at `date` in the language of `locale` ("GMT+2", "UTC−10"). The region is
 * left out on purpose: en-GB would say "CEST" and en-US "EDT", abbreviations a team spread over
 * countries reads differently; the offset form means the same thing to everyone.
 */
export function zoneName(date: Date, timeZone: string, locale: string): string {
  const language = locale.split('-')[0] || locale;
  const parts = dateTimeFormat(language, { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

function runtimeTimeZone(): string {
  return dateTimeFormat('en', {}).resolvedOptions().timeZone;
}
