// Building blocks of every entity schema: ids, dates, times, positions.
import { z } from 'zod';

/** Every entity has a UUID made where it was created (client or server), so creation works offline. */
export const Id = z.uuid({ error: 'must be a UUID' });
export type Id = z.infer<typeof Id>;

/** An instant, always stored in UTC (ISO 8601 with offset); shown in the venue's time zone. */
export const Instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });
export type Instant = z.infer<typeof Instant>;

/** A calendar day of the Games (YYYY-MM-DD), in the edition's home time zone. */
export const Day = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
export type Day = z.infer<typeof Day>;

/** An IANA time zone such as Europe/Paris or Pacific/Tahiti (the longest IANA name is 30 characters). */
export const TimeZone = z.string().max(64).refine(isTimeZone, { error: 'must be an IANA time zone' });

export const LatLng = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type LatLng = z.infer<typeof LatLng>;

/** Compass bearing in degrees, 0 = north, clockwise. */
export const Bearing = z.number().min(0).lt(360);

/**
 * Control characters a single-line field refuses: C0 (CR, LF and tab included), DEL, C1, and the
 * Unicode line and paragraph separators (U+2028, U+2029), which break lines like LF does in many
 * renderers (and end a line in an iCalendar or CSV export).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** What a multi-line field refuses: every C0 control but LF and CR, DEL and C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The `problem` param of the issue a control character raises (see rejection codes, `invalid_args`). */
export const CONTROL_CHAR_PROBLEM = 'control_char';

const oneLine = {
  error: 'must be one line: no line break or control character',
  params: { problem: CONTROL_CHAR_PROBLEM },
};
const noControl = {
  error: 'must not hold control characters (line breaks are fine)',
  params: { problem: CONTROL_CHAR_PROBLEM },
};

/**
 * Free text typed by a person, on several lines (notes, briefs, descriptions): trimmed, at most
 * `max` UTF-16 code units, line breaks kept, every other control character refused.
 */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !NOT_TEXT.test(v), noControl);

/**
 * A single-line field that may be empty (a phone number, a partner's name): trimmed, at most `max`
 * UTF-16 code units, no line break and no control character (refused, not rewritten: sec-09).
 */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !NOT_ONE_LINE.test(v), oneLine);

/** A required single-line field (titles, names, refs): like `line`, and not empty once trimmed. */
export const label = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max)
    .refine((v) => !NOT_ONE_LINE.test(v), oneLine);

/** True when `value` would pass `line()`: no control character and no line separator. */
export function isOneLine(value: string): boolean {
  return !NOT_ONE_LINE.test(value);
}

/** Zones already found valid: building an Intl.DateTimeFormat per parsed row cost ~4 % of a sync's CPU. */
const knownZones = new Set<string>();
/** IANA names about 600; a bound all the same, so hostile input cannot grow the set. */
const MAX_KNOWN_ZONES = 2048;

function isTimeZone(tz: string): boolean {
  if (knownZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    return false;
  }
  if (knownZones.size < MAX_KNOWN_ZONES) knownZones.add(tz);
  return true;
}
