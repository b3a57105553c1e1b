// Builds iCalendar files with ical.js: events at venues, each with its TZID and a VTIMEZONE (RFC 5545).
import ICAL from 'ical.js';
import type { WallClock } from './zones.ts';
import { offsetAt, transitions, wallClock } from './zones.ts';

export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  categories?: string[];
  /** UTC instants (ISO). */
  start: string;
  end: string;
  /** The venue's IANA zone: the event is written in its wall-clock time with this TZID. */
  timeZone: string;
  /** Extra properties (X-PDJ-MEDAL...), written as text. */
  extra?: Record<string, string>;
  /** RFC 5545 §3.8.1.11 STATUS of a VEVENT: CANCELLED for a cancelled session, TENTATIVE for a postponed one. */
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
}

/**
 * An iCalendar file (RFC 5545) named `name` with one VEVENT per event, each written in its venue's
 * wall-clock time with a TZID and that zone's VTIMEZONE, so calendar apps show venue-local times.
 */
export function buildCalendar(name: string, events: readonly CalendarEvent[], now = new Date()): string {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', '-//Plan de jeu//Stand-up//EN');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('x-wr-calname', name);
  const zones = [...new Set(events.map((e) => e.timeZone))].sort();
  const span = events.flatMap((e) => [Date.parse(e.start), Date.parse(e.end)]);
  const [first, last] = [Math.min(...span, now.getTime()), Math.max(...span, now.getTime())];
  for (const zone of zones) cal.addSubcomponent(vtimezone(zone, first, last));
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const e of events) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', e.uid);
    event.addPropertyWithValue('dtstamp', stamp);
    event.addProperty(zoned('dtstart', e.start, e.timeZone));
    event.addProperty(zoned('dtend', e.end, e.timeZone));
    event.addPropertyWithValue('summary', e.summary);
    if (e.status) event.addPropertyWithValue('status', e.status);
    if (e.location) event.addPropertyWithValue('location', e.location);
    if (e.description) event.addPropertyWithValue('description', e.description);
    if (e.categories?.length) {
      const prop = new ICAL.Property('categories');
      prop.setValues(e.categories);
      event.addProperty(prop);
    }
    for (const [key, value] of Object.entries(e.extra ?? {}))
      event.addPropertyWithValue(key.toLowerCase(), value);
    cal.addSubcomponent(event);
  }
  return cal.toString();
}

function zoned(name: string, instant: string, timeZone: string): ICAL.Property {
  const prop = new ICAL.Property(name);
  prop.setParameter('tzid', timeZone);
  prop.setValue(timeOf(wallClock(Date.parse(instant), timeZone)));
  return prop;
}

function timeOf(w: WallClock): ICAL.Time {
  return ICAL.Time.fromData({ ...w, isDate: false });
}

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone with one observance per offset change around the
 * instants `fromMs`–`toMs` (a year either side), so any client computes the same instants without
 * our time-zone database. A zone without changes (Pacific/Tahiti) gets one STANDARD observance.
 * @param tzid the TZID to give it (the import names it as the file does: "Pacific Standard Time")
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number, tzid = timeZone): ICAL.Component {
  const YEAR = 366 * 86_400_000;
  const tz = new ICAL.Component('vtimezone');
  tz.addPropertyWithValue('tzid', tzid);
  const changes = transitions(timeZone, fromMs - YEAR, toMs + YEAR);
  if (changes.length === 0) {
    const offset = offsetAt(fromMs, timeZone);
    tz.addSubcomponent(observance('standard', Date.UTC(1970, 0, 1), offset, offset, timeZone));
  }
  for (const c of changes)
    tz.addSubcomponent(observance(c.to > c.from ? 'daylight' : 'standard', c.at, c.from, c.to, timeZone));
  return tz;
}

function observance(kind: string, at: number, from: number, to: number, timeZone: string): ICAL.Component {
  const part = new ICAL.Component(kind);
  // DTSTART is the local time just before the change, read with the old offset.
  const local = new Date(at + from * 60_000);
  part.addPropertyWithValue(
    'dtstart',
    timeOf({
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: 0,
    }),
  );
  part.addPropertyWithValue('tzoffsetfrom', utcOffset(from));
  part.addPropertyWithValue('tzoffsetto', utcOffset(to));
  part.addPropertyWithValue('tzname', shortName(at, timeZone));
  return part;
}

function utcOffset(minutes: number): ICAL.UtcOffset {
  const sign = minutes < 0 ? -1 : 1;
  const abs = Math.abs(minutes);
  return new ICAL.UtcOffset({ hours: Math.floor(abs / 60), minutes: abs % 60, factor: sign });
}

function shortName(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(
    new Date(at),
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
