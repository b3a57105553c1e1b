// iCalendar schedules (one VEVENT per session), parsed with ical.js; times keep their TZID.
import ICAL from 'ical.js';
import { isTimeZone } from './zones.ts';
import { findVenue, validateRows } from './rows.ts';
import { zonedInstant } from './local-time.ts';
import type { ImportContext, ImportIssue, ImportResult, RawRow } from './types.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './types.ts';

/** Where each session field is read from; errors name the property. */
export const ICS_PROPERTIES = {
  ref: 'UID',
  event: 'SUMMARY',
  sport: 'CATEGORIES',
  venue: 'LOCATION',
  start: 'DTSTART',
  end: 'DTEND',
  notes: 'DESCRIPTION',
  medal: 'X-PDJ-MEDAL',
  edition: 'X-PDJ-EDITION',
} as const;

export function importIcs(text: string, ctx: ImportContext): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileIssue('empty');
  if (body.length > MAX_IMPORT_BYTES) return fileIssue('tooLarge', { max: MAX_IMPORT_BYTES });
  let events: ICAL.Component[];
  try {
    events = new ICAL.Component(ICAL.parse(body) as unknown[]).getAllSubcomponents('vevent');
  } catch (error) {
    return fileIssue('parse', { message: error instanceof Error ? error.message : String(error) });
  }
  if (events.length === 0) return fileIssue('empty');
  if (events.length > MAX_IMPORT_ROWS)
    return fileIssue('tooManyRows', { count: events.length, max: MAX_IMPORT_ROWS });
  const rows = events.map((event, i) => rowOf(event, i + 1, ctx));
  const result = validateRows(rows, ctx);
  if (result.ok) return result;
  return { ok: false, issues: result.issues.map((issue) => ({ ...issue, field: propertyOf(issue.field) })) };
}

function rowOf(event: ICAL.Component, row: number, ctx: ImportContext): RawRow {
  const str = (name: string) => {
    const value = event.getFirstPropertyValue(name);
    return value === null || value === undefined ? undefined : String(value);
  };
  const categories = event.getFirstProperty('categories')?.getValues().map(String) ?? [];
  const medalText = str('x-pdj-medal');
  const venue = str('location');
  // Floating times (no TZID, no Z) are read in the venue's zone, like the CSV.
  const venueZone = venue ? findVenue(ctx.venues, venue)?.timeZone : undefined;
  const start = instantOf(event.getFirstProperty('dtstart'), venueZone, 'start');
  const end = instantOf(event.getFirstProperty('dtend'), venueZone, 'end');
  const timesError = typeof start === 'object' ? start : typeof end === 'object' ? end : undefined;
  return {
    row,
    ref: str('uid'),
    event: str('summary'),
    sport: categories.find((c) => c.toLowerCase() !== 'medal'),
    venue,
    notes: str('description') ?? '',
    edition: str('x-pdj-edition'),
    medal: medalText ?? categories.some((c) => c.toLowerCase() === 'medal'),
    ...(typeof start === 'string' ? { startsAt: start } : {}),
    ...(typeof end === 'string' ? { endsAt: end } : {}),
    ...(timesError ? { timesError } : {}),
  };
}

type TimesError = NonNullable<RawRow['timesError']>;

function instantOf(
  prop: ICAL.Property | null,
  venueZone: string | undefined,
  field: 'start' | 'end',
): string | TimesError | undefined {
  if (!prop) return { field, code: 'required' };
  const time = prop.getFirstValue() as ICAL.Time | null;
  if (!time || time.isDate) return { field, code: 'badTime', params: { value: String(time ?? '') } };
  const tzid = prop.getParameter('tzid');
  const wall: [[number, number, number], [number, number]] = [
    [time.year, time.month, time.day],
    [time.hour, time.minute],
  ];
  if (typeof tzid === 'string') {
    // "/citadel.org/…/Europe/Paris" style prefixes end with the IANA name.
    const zone = tzid.split('/').slice(-2).join('/');
    const iana = isTimeZone(tzid) ? tzid : isTimeZone(zone) ? zone : undefined;
    if (!iana) return { field, code: 'badTimeZone', params: { value: tzid } };
    return zonedInstant(...wall, iana);
  }
  if (time.zone?.tzid === 'UTC') return time.toJSDate().toISOString().replace('.000Z', 'Z');
  return venueZone ? zonedInstant(...wall, venueZone) : undefined;
}

function propertyOf(field: string): string {
  return (ICS_PROPERTIES as Record<string, string>)[field] ?? field;
}

function fileIssue(code: ImportIssue['code'], params?: ImportIssue['params']): ImportResult {
  return { ok: false, issues: [{ row: 0, field: '', code, ...(params ? { params } : {}) }] };
}
