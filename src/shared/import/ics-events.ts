// One calendar event (and its overrides) → one row per occurrence, expanded with ical.js's own iterator, bounded.
import ICAL from 'ical.js';
import type { Venue } from '../domain/edition.ts';
import { basicUtc, eventRef } from './ics-ref.ts';
import type { ZoneRules } from './local-time.ts';
import { isoInstant, localToUtc } from './local-time.ts';
import { findVenue } from './names.ts';
import type { ImportIssue, ImportNotice, RawRow } from './types.ts';
import { MAX_IMPORT_ROWS } from './types.ts';

/** What expanding one event needs from the file. */
export interface EventScope {
  /** Zone rules of a TZID the file uses (all were checked before expansion). */
  zone(tzid: string): ZoneRules | undefined;
  /** X-WR-TIMEZONE: the calendar's zone for floating times (Google, Apple). */
  floating?: ZoneRules;
  venues: readonly Venue[];
  /** Line of a VEVENT's BEGIN:VEVENT in the file. */
  line(component: ICAL.Component): number;
  /** Occurrences this file may still yield (one import holds MAX_IMPORT_ROWS sessions). */
  budget: { left: number };
}

export interface Expansion {
  rows: RawRow[];
  notices: ImportNotice[];
  issues: ImportIssue[];
}

const UTC: ZoneRules = { name: 'UTC', offsetAt: () => 0 };

/**
 * The sessions of one UID: a single event is one row; a recurring one (RRULE, RDATE, EXDATE) is
 * one row per occurrence, each with its own ref (eventRef: UID + original start), its overrides
 * (RECURRENCE-ID, RANGE=THISANDFUTURE) applied by ical.js's Event#iterator and
 * getOccurrenceDetails; never collapsed to one. An override matching no occurrence is still a
 * session. Left out and named: cancelled events or occurrences (STATUS:CANCELLED), all-day events
 * (DTSTART is a DATE). More occurrences than the import takes (or a rule without end) is an issue
 * naming the event, never a silent cut.
 */
export function expandEvent(
  master: ICAL.Component | undefined,
  overrides: readonly ICAL.Component[],
  scope: EventScope,
): Expansion {
  const out: Expansion = { rows: [], notices: [], issues: [] };
  const single = master ?? overrides[0]!;
  const uid = String(single.getFirstPropertyValue('uid') ?? '').trim();
  const notice = (c: ICAL.Component, code: ImportNotice['code'], extra: Record<string, string> = {}) =>
    out.notices.push({
      row: scope.line(c),
      ...(uid ? { uid } : {}),
      code,
      params: { event: String(c.getFirstPropertyValue('summary') ?? ''), ...extra },
    });

  if (master && isCancelled(master)) {
    notice(master, 'cancelled');
    return out;
  }
  if (master && timeOf(master, 'dtstart')?.isDate) {
    notice(master, 'allDay');
    return out;
  }
  const event = master ? new ICAL.Event(master, { exceptions: [...overrides] }) : undefined;
  const used = new Set<ICAL.Component>();
  if (event?.isRecurring()) {
    const it = event.iterator();
    for (let next = it.next(); next; next = it.next()) {
      if (scope.budget.left <= 0) {
        out.issues.push({
          row: scope.line(master!),
          field: 'RRULE',
          ...(uid ? { uid } : {}),
          code: 'tooManyOccurrences',
          params: { max: MAX_IMPORT_ROWS },
        });
        return out;
      }
      const details = event.getOccurrenceDetails(next);
      const item = details.item.component;
      if (item !== master) used.add(item);
      const ref = eventRef(uid, occurrenceKey(next, master!, scope));
      if (isCancelled(item)) notice(item, 'cancelled', { start: wallText(details.startDate) });
      else
        out.rows.push(
          rowOf(item, details.startDate, master!, ref, `${uid} (${wallText(details.startDate)})`, scope, out),
        );
      scope.budget.left -= 1;
    }
  } else if (master) {
    const start = timeOf(master, 'dtstart');
    if (start) out.rows.push(rowOf(master, start, master, eventRef(uid), uid, scope, out));
    else
      out.rows.push({
        row: scope.line(master),
        uid,
        ref: eventRef(uid),
        timesError: { field: 'start', code: 'required' },
      });
    scope.budget.left -= 1;
  }
  // Overrides of no generated occurrence (or of a master not in the file) are sessions too.
  for (const o of overrides) {
    if (used.has(o)) continue;
    const id = timeOf(o, 'recurrence-id');
    const ref = id ? eventRef(uid, occurrenceKey(id, master ?? o, scope)) : uid;
    const start = timeOf(o, 'dtstart');
    if (isCancelled(o)) notice(o, 'cancelled', start ? { start: wallText(start) } : {});
    else if (start?.isDate) notice(o, 'allDay');
    else if (start)
      out.rows.push(rowOf(o, start, master ?? o, ref, id ? `${uid} (${wallText(start)})` : uid, scope, out));
    else out.rows.push({ row: scope.line(o), uid, ref, timesError: { field: 'start', code: 'required' } });
    scope.budget.left -= 1;
  }
  return out;
}

function isCancelled(c: ICAL.Component): boolean {
  return String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

/** One session row from the component holding the occurrence's properties (the master or an override). */
function rowOf(
  item: ICAL.Component,
  start: ICAL.Time,
  master: ICAL.Component,
  ref: string,
  /** How issues name the event: its UID, and the occurrence's start for a recurring one. */
  label: string,
  scope: EventScope,
  out: Expansion,
): RawRow {
  const str = (name: string) => {
    const value = item.getFirstPropertyValue(name) ?? master.getFirstPropertyValue(name);
    return value === null || value === undefined ? undefined : String(value);
  };
  const categories = item.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
  const venueText = str('location');
  const venue = venueText ? venueOf(venueText, scope.venues) : undefined;
  const floating = scope.floating ?? (venue ? scope.zone(venue.timeZone) : undefined);
  const row: RawRow = {
    row: scope.line(item),
    ...(label ? { uid: label } : {}),
    ref,
    event: str('summary'),
    sport: categories.find((c) => c.toLowerCase() !== 'medal'),
    venue: venue?.name ?? venueText,
    notes: str('description') ?? '',
    edition: str('x-pdj-edition'),
    medal: str('x-pdj-medal') ?? categories.some((c) => c.toLowerCase() === 'medal'),
  };
  if (!venue) return row;
  const startMs = instantOf(start, scope, floating);
  if (startMs === undefined) return { ...row, timesError: { field: 'start', code: 'badTimeZone' } };
  // An override without DTEND or DURATION keeps the series' length.
  const ruled = item !== master && !item.hasProperty('dtend') && !item.hasProperty('duration');
  const end = endOf(ruled ? master : item, start, startMs, scope, floating);
  if (end === 'noEnd') {
    out.notices.push({
      row: row.row,
      ...(label ? { uid: label } : {}),
      code: 'noEnd',
      params: { event: row.event ?? '' },
    });
    return { ...row, startsAt: isoInstant(startMs), endsAt: isoInstant(startMs) };
  }
  if (typeof end === 'object') return { ...row, timesError: end };
  return { ...row, startsAt: isoInstant(startMs), endsAt: isoInstant(end) };
}

/** A LOCATION names a venue, or starts with one before an address ("Stade de France, 93200 Saint-Denis"). */
function venueOf(location: string, venues: readonly Venue[]): Venue | undefined {
  return findVenue(venues, location) ?? findVenue(venues, location.split(',')[0]!);
}

/**
 * What tells an occurrence apart in its ref: its original start (RECURRENCE-ID) as a UTC instant,
 * or as written when it floats without a zone to read it in.
 */
function occurrenceKey(time: ICAL.Time, master: ICAL.Component, scope: EventScope): string {
  const venueText = master.getFirstPropertyValue('location');
  const venue = typeof venueText === 'string' ? venueOf(venueText, scope.venues) : undefined;
  const ms = instantOf(time, scope, scope.floating ?? (venue ? scope.zone(venue.timeZone) : undefined));
  return ms === undefined ? basicWall(time) : basicUtc(ms);
}

function timeOf(c: ICAL.Component, name: string): ICAL.Time | undefined {
  const value = c.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value : undefined;
}

/**
 * The end instant (ms), by RFC 5545 §3.6.1 and §3.8.5.3: DTEND read in its own zone; for a
 * generated occurrence of a master with DTEND, the master's exact duration; DURATION with its
 * days and weeks in wall-clock days (P1D across a clock change is the same time the next day)
 * and its hours, minutes and seconds exact; neither: 'noEnd' (a 0-minute event).
 */
function endOf(
  item: ICAL.Component,
  start: ICAL.Time,
  startMs: number,
  scope: EventScope,
  floating: ZoneRules | undefined,
): number | 'noEnd' | NonNullable<RawRow['timesError']> {
  const own = timeOf(item, 'dtstart');
  const dtend = timeOf(item, 'dtend');
  if (dtend) {
    if (dtend.isDate) return { field: 'end', code: 'badTime', params: { value: dtend.toString() } };
    const endMs = instantOf(dtend, scope, floating);
    const ownMs = own ? instantOf(own, scope, floating) : undefined;
    if (endMs === undefined || ownMs === undefined) return { field: 'end', code: 'badTimeZone' };
    return startMs + (endMs - ownMs);
  }
  const duration = item.getFirstPropertyValue('duration');
  if (!(duration instanceof ICAL.Duration)) return 'noEnd';
  const sign = duration.isNegative ? -1 : 1;
  const days = sign * (duration.weeks * 7 + duration.days);
  const exact = sign * ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  if (days === 0) return startMs + exact;
  const later = start.clone();
  later.adjust(days, 0, 0, 0);
  const laterMs = instantOf(later, scope, floating);
  return laterMs === undefined ? { field: 'end', code: 'badTimeZone' } : laterMs + exact;
}

/** The UTC instant (ms) of an ical.js time: UTC as is, zoned by its TZID's rules, floating by `floating`. */
export function instantOf(
  time: ICAL.Time,
  scope: EventScope,
  floating: ZoneRules | undefined,
): number | undefined {
  const tzid = time.zone?.tzid;
  const zone =
    time.zone === ICAL.Timezone.utcTimezone || tzid === 'UTC' || tzid === 'Z'
      ? UTC
      : tzid && tzid !== 'floating'
        ? scope.zone(tzid)
        : floating;
  if (!zone) return undefined;
  return localToUtc(
    {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    },
    zone,
  );
}

/** 20240728T110000: a floating time in iCalendar's basic form. */
function basicWall(time: ICAL.Time): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${time.year}${p(time.month)}${p(time.day)}T${p(time.hour)}${p(time.minute)}${p(time.second)}`;
}

/** 2024-07-28 11:00, the wall-clock time an event shows (for naming an occurrence). */
function wallText(time: ICAL.Time): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${time.year}-${p(time.month)}-${p(time.day)} ${p(time.hour)}:${p(time.minute)}`;
}
