// iCalendar schedules (Outlook/Exchange, Google, Apple, ours), parsed with ical.js: one session per occurrence.
import ICAL from 'ical.js';
import type { EventScope, Expansion } from './ics-events.ts';
import { expandEvent } from './ics-events.ts';
import { addMissingVtimezones, resolveTzid, tzidsUsed, vtimezonesOf } from './ics-zones.ts';
import type { ZoneRules } from './local-time.ts';
import { validateRows } from './rows.ts';
import type { ImportContext, ImportIssue, ImportResult } from './types.ts';
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

/**
 * Parses and validates an iCalendar schedule (RFC 5545): nothing is returned if any event is bad.
 * Times: UTC, TZID (IANA, the file's VTIMEZONE, Windows names), floating (X-WR-TIMEZONE, else the
 * venue's zone); end from DTEND or DURATION; recurrences expanded (see expandEvent). Issues name
 * the line of the event's BEGIN:VEVENT, its UID and the property.
 */
export function importIcs(text: string, ctx: ImportContext): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileIssue('empty');
  if (body.length > MAX_IMPORT_BYTES) return fileIssue('tooLarge', { max: MAX_IMPORT_BYTES });
  let calendars: ICAL.Component[];
  try {
    const parsed = ICAL.parse(body) as unknown[];
    // Several VCALENDARs in one file parse to a list of them.
    const roots = Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed];
    calendars = roots.map((r) => new ICAL.Component(r)).filter((c) => c.name === 'vcalendar');
  } catch (error) {
    return fileIssue('parse', { message: error instanceof Error ? error.message : String(error) });
  }
  const events = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  if (events.length === 0) return fileIssue('empty');
  const fileZones = vtimezonesOf(calendars);
  for (const cal of calendars) addMissingVtimezones(cal, cal.getAllSubcomponents('vevent'), fileZones);

  const lines = veventLines(body);
  const lineOf = new Map(events.map((e, i) => [e, lines[i] ?? 0]));
  const zones = new Map<string, ZoneRules | undefined>();
  const zone = (tzid: string) => {
    if (!zones.has(tzid)) zones.set(tzid, resolveTzid(tzid, fileZones));
    return zones.get(tzid);
  };
  const all: Expansion = { rows: [], notices: [], issues: [] };
  const budget = { left: MAX_IMPORT_ROWS };
  for (const cal of calendars) {
    const calEvents = cal.getAllSubcomponents('vevent');
    const wr = cal.getFirstPropertyValue('x-wr-timezone');
    const floating = typeof wr === 'string' ? zone(wr) : undefined;
    // An unknown X-WR-TIMEZONE matters only to floating times; other files import whatever it says.
    if (typeof wr === 'string' && !floating && calEvents.some(isFloating))
      all.issues.push({ row: 0, field: 'X-WR-TIMEZONE', code: 'badTimeZone', params: { value: wr } });
    const scope: EventScope = {
      zone,
      ...(floating ? { floating } : {}),
      venues: ctx.venues,
      line: (c) => lineOf.get(c) ?? 0,
      budget,
    };
    for (const [uid, group] of byUid(calEvents)) {
      const bad = badZones(group, zone, scope, uid);
      if (bad.length > 0) {
        all.issues.push(...bad);
        continue;
      }
      const master = group.find((e) => !e.hasProperty('recurrence-id'));
      const overrides = group.filter((e) => e.hasProperty('recurrence-id'));
      // A second VEVENT with the same UID and no RECURRENCE-ID is its own session (a duplicate ref).
      const parts = [
        expandEvent(master, overrides, scope),
        ...group.filter((e) => e !== master && !overrides.includes(e)).map((e) => expandEvent(e, [], scope)),
      ];
      for (const part of parts) {
        all.rows.push(...part.rows);
        all.notices.push(...part.notices);
        all.issues.push(...part.issues);
      }
    }
  }
  const byRow = <T extends { row: number }>(list: T[]) => list.sort((a, b) => a.row - b.row);
  const notices = byRow(all.notices);
  const result = validateRows(all.rows, ctx, notices);
  if (result.ok && all.issues.length === 0) return result;
  const rowIssues = result.ok
    ? []
    : result.issues
        .filter((i) => i.code !== 'empty' || all.issues.length === 0)
        .map((i) => ({ ...i, field: propertyOf(i.field) }));
  return { ok: false, issues: byRow([...all.issues, ...rowIssues]), notices };
}

/** A DTSTART with neither TZID nor UTC: read in the calendar's (or venue's) zone. Reads the raw value. */
function isFloating(event: ICAL.Component): boolean {
  const json = event.getFirstProperty('dtstart')?.toJSON() as
    [string, { tzid?: string }, string, unknown] | undefined;
  return (
    !!json &&
    json[2] === 'date-time' &&
    !json[1].tzid &&
    typeof json[3] === 'string' &&
    !json[3].endsWith('Z')
  );
}

/** VEVENTs by UID, in file order: a master and its RECURRENCE-ID overrides share one. */
function byUid(events: readonly ICAL.Component[]): Map<string, ICAL.Component[]> {
  const groups = new Map<string, ICAL.Component[]>();
  events.forEach((e, i) => {
    const uid = String(e.getFirstPropertyValue('uid') ?? '').trim();
    // Events without a UID (RFC 5545 requires one) are not grouped: each is reported on its own.
    const key = uid || `\u0000${i}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  });
  return groups;
}

/** Every TZID of a group must resolve before expansion: an unknown one is named, with its property. */
function badZones(
  group: readonly ICAL.Component[],
  zone: (tzid: string) => ZoneRules | undefined,
  scope: EventScope,
  uid: string,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const e of group)
    for (const tzid of tzidsUsed([e]))
      if (!zone(tzid)) {
        const prop = ['dtstart', 'dtend', 'exdate', 'rdate', 'recurrence-id'].find((p) =>
          e.getAllProperties(p).some((x) => x.getParameter('tzid') === tzid),
        );
        issues.push({
          row: scope.line(e),
          field: (prop ?? 'dtstart').toUpperCase(),
          ...(uid && !uid.startsWith('\u0000') ? { uid } : {}),
          code: 'badTimeZone',
          params: { value: tzid },
        });
      }
  return issues;
}

/** 1-based line numbers of each BEGIN:VEVENT, in file order (the order ical.js lists the events). */
function veventLines(body: string): number[] {
  const lines: number[] = [];
  body.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) lines.push(i + 1);
  });
  return lines;
}

function propertyOf(field: string): string {
  return (ICS_PROPERTIES as Record<string, string>)[field] ?? field;
}

function fileIssue(code: ImportIssue['code'], params?: ImportIssue['params']): ImportResult {
  return { ok: false, issues: [{ row: 0, field: '', code, ...(params ? { params } : {}) }] };
}
