// Validates raw rows (from CSV or iCalendar) into sessions: every problem reported, per row and field.
import type { ScheduleSession } from '../domain/schedule.ts';
import { ScheduleSession as SessionSchema } from '../domain/schedule.ts';
import type { DateReading } from './cells.ts';
import { dayOf, decideDateOrder, readClock, readDateCell } from './cells.ts';
import { isoInstant, localToUtc, ianaZone, nextDay } from './local-time.ts';
import { findEdition, findVenue, matchKey, visibleName } from './names.ts';
import type { ImportContext, ImportIssue, ImportNotice, ImportResult, RawRow } from './types.ts';
import { MAX_IMPORT_ARGS_BYTES, MAX_IMPORT_ROWS } from './types.ts';

export { findEdition, findVenue, matchKey } from './names.ts';

/** Longest session that may run past midnight when its end reads earlier than its start. */
const MAX_OVERNIGHT_MINUTES = 6 * 60;
const LIMITS = { ref: 80, sport: 80, event: 200, notes: 500 } as const;
const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'x', 'medal']);
const NO = new Set(['no', 'n', 'false', '0', 'non', '']);

type Fail = (field: string, code: ImportIssue['code'], params?: ImportIssue['params']) => void;

/**
 * All rows or nothing: returns every issue of every row, and sessions only when there is none.
 * A (edition, ref) already on the device keeps its id; it counts as updated when a field differs
 * and unchanged (and is not sent again) when none does. `notices` pass through to the result.
 */
export function validateRows(
  rows: readonly RawRow[],
  ctx: ImportContext,
  notices: ImportNotice[] = [],
): ImportResult {
  if (rows.length === 0) return { ok: false, issues: [{ row: 0, field: '', code: 'empty' }] };
  if (rows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      issues: [
        { row: 0, field: '', code: 'tooManyRows', params: { count: rows.length, max: MAX_IMPORT_ROWS } },
      ],
    };
  }
  const issues: ImportIssue[] = [];
  const { reading: dates, contradicting } = dateReading(rows, ctx, issues);
  const sessions: ScheduleSession[] = [];
  const seen = new Map<string, number>();
  const existing = new Map(ctx.sessions.map((s) => [`${s.editionId}/${s.ref}`, s]));
  const known = [...ctx.venues.map((v) => v.name)].sort((a, b) => a.localeCompare(b)).join(', ');
  let [created, updated, unchanged] = [0, 0, 0];
  for (const raw of rows) {
    const rowIssues: ImportIssue[] = [];
    const fail: Fail = (field, code, params) =>
      rowIssues.push({
        row: raw.row,
        field,
        ...(raw.columns?.[field] ? { column: raw.columns[field] } : {}),
        ...(raw.uid ? { uid: raw.uid } : {}),
        code,
        ...(params ? { params } : {}),
      });
    const text = (field: 'ref' | 'sport' | 'event' | 'notes', required: boolean) => {
      // A line break typed inside a spreadsheet cell (Alt+Enter) is a space in a one-line field;
      // notes keep their lines.
      const trimmed = (raw[field] ?? '').trim();
      const value = field === 'notes' ? trimmed : trimmed.replace(/\s+/g, ' ');
      if (required && !value) fail(field, 'required');
      else if (value.length > LIMITS[field]) fail(field, 'tooLong', { max: LIMITS[field] });
      return value;
    };
    const ref = text('ref', true);
    const sport = text('sport', true);
    const event = text('event', true);
    const notes = text('notes', false);

    const editionName = raw.edition?.trim();
    const edition = editionName
      ? findEdition(ctx.editions, editionName)
      : ctx.editions.find((e) => e.id === ctx.defaultEditionId);
    if (!edition) fail('edition', 'unknownEdition', { value: editionName ?? '' });

    const venueName = raw.venue?.trim() ?? '';
    const venue = venueName ? findVenue(ctx.venues, venueName) : undefined;
    if (!venueName) fail('venue', 'required');
    else if (!venue) {
      const visible = visibleName(venueName);
      fail('venue', 'unknownVenue', { value: venueName, ...(visible ? { visible } : {}), known });
    }

    const medal = parseMedal(raw.medal);
    if (medal === undefined) fail('medal', 'badMedal', { value: String(raw.medal) });

    const span = venue ? timesOf(raw, venue.timeZone, dates, fail, contradicting.has(raw.row)) : undefined;
    if (span && span[1] < span[0]) fail('end', 'endBeforeStart');
    // A CSV row whose end equals its start is a typo; an iCalendar event without an end lasts 0 (RFC 5545).
    else if (span && span[1] === span[0] && raw.startsAt === undefined) fail('end', 'endBeforeStart');

    if (edition && ref) {
      const key = `${edition.id}/${ref}`;
      const first = seen.get(key);
      if (first !== undefined) fail('ref', 'duplicateRef', { value: ref, first });
      else seen.set(key, raw.row);
    }
    if (rowIssues.length > 0 || !edition || !venue || !span || medal === undefined) {
      issues.push(...rowIssues);
      continue;
    }
    const previous = existing.get(`${edition.id}/${ref}`);
    const session = {
      id: previous?.id ?? ctx.newId(),
      editionId: edition.id,
      venueId: venue.id,
      ref,
      sport,
      event,
      startsAt: span[0],
      endsAt: span[1],
      medal,
      notes,
    };
    // The domain schema has the last word (the same one the mutation checks).
    const checked = SessionSchema.safeParse(session);
    if (!checked.success) {
      for (const issue of checked.error.issues)
        fail(issue.path.join('.'), 'parse', { message: issue.message });
      issues.push(...rowIssues);
    } else if (!previous) {
      created += 1;
      sessions.push(checked.data);
    } else if (sameSession(previous, checked.data)) unchanged += 1;
    else {
      updated += 1;
      sessions.push(checked.data);
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  // A file under the byte limit can still grow past a push once escaped as JSON (backslashes, control characters).
  if (utf8Length(JSON.stringify({ sessions })) > MAX_IMPORT_ARGS_BYTES)
    return {
      ok: false,
      issues: [{ row: 0, field: '', code: 'tooLarge', params: { max: MAX_IMPORT_ARGS_BYTES } }],
    };
  return { ok: true, sessions, created, updated, unchanged, notices, ...(dates ? { dates } : {}) };
}

/** Same content, instants compared as instants (2024-08-04T19:50:00Z = 2024-08-04T19:50:00.000Z). */
function sameSession(a: ScheduleSession, b: ScheduleSession): boolean {
  const instant = (s: string) => Date.parse(s);
  return (
    a.venueId === b.venueId &&
    a.sport === b.sport &&
    a.event === b.event &&
    instant(a.startsAt) === instant(b.startsAt) &&
    instant(a.endsAt) === instant(b.endsAt) &&
    a.medal === b.medal &&
    (a.notes ?? '') === (b.notes ?? '')
  );
}

/** The file's order of numeric dates (decided once for all rows); contradicting rows become issues. */
function dateReading(rows: readonly RawRow[], ctx: ImportContext, issues: ImportIssue[]) {
  const cells = rows.flatMap((r) => {
    const cell = r.date === undefined ? undefined : readDateCell(r.date);
    return cell ? [{ row: r.row, text: r.date!, cell }] : [];
  });
  const { reading, contradicting } = decideDateOrder(cells, ctx.dateOrder ?? 'day-first');
  // Named once as mixedDateOrder, not again as a bad date.
  for (const row of contradicting) {
    const raw = rows.find((r) => r.row === row)!;
    issues.push({
      row,
      field: 'date',
      ...(raw.columns?.date ? { column: raw.columns.date } : {}),
      code: 'mixedDateOrder',
      params: { value: raw.date!.trim(), order: reading!.order, first: reading!.evidence!.row },
    });
  }
  return { reading, contradicting: new Set(contradicting) };
}

function parseMedal(value: RawRow['medal']): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const key = matchKey(value ?? '');
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/**
 * [startsAt, endsAt] from instants (iCalendar), or from a local date and clock times at the venue
 * (CSV): an end that reads earlier than the start, at most 6 h past midnight, is the next day;
 * 24:00 is the next day's 00:00. Local times are read by RFC 5545 §3.3.5 (see localToUtc).
 */
function timesOf(
  raw: RawRow,
  timeZone: string,
  dates: DateReading | undefined,
  fail: Fail,
  dateNamed: boolean,
): [string, string] | undefined {
  if (raw.startsAt || raw.endsAt || raw.timesError) {
    if (raw.timesError) fail(raw.timesError.field, raw.timesError.code, raw.timesError.params);
    else if (!raw.startsAt) fail('start', 'required');
    else if (!raw.endsAt) fail('end', 'required');
    return raw.startsAt && raw.endsAt && !raw.timesError ? [raw.startsAt, raw.endsAt] : undefined;
  }
  const cell = raw.date?.trim() ? readDateCell(raw.date) : undefined;
  const day = cell ? dayOf(cell, dates?.order ?? 'day-first') : undefined;
  const start = readClock(raw.start ?? '');
  const end = readClock(raw.end ?? '');
  if (!day && !dateNamed)
    fail('date', raw.date?.trim() ? 'badDate' : 'required', { value: raw.date?.trim() ?? '' });
  if (!start) fail('start', raw.start?.trim() ? 'badTime' : 'required', { value: raw.start?.trim() ?? '' });
  if (!end) fail('end', raw.end?.trim() ? 'badTime' : 'required', { value: raw.end?.trim() ?? '' });
  if (!day || !start || !end) return undefined;
  const zone = ianaZone(timeZone);
  const at = (d: [number, number, number], c: typeof start) =>
    localToUtc(
      { year: d[0], month: d[1], day: d[2], hour: c.hour, minute: c.minute, second: c.second },
      zone,
    );
  const startsAt = at(start.nextDay ? nextDay(day) : day, start);
  let endsAt = at(end.nextDay ? nextDay(day) : day, end);
  // A session from 22:00 to 00:30 ends the next day; 21:00 to 20:00 is a typo (endBeforeStart).
  const minutes = (c: typeof start) => c.hour * 60 + c.minute;
  const overnight = 24 * 60 - minutes(start) + minutes(end);
  if (!end.nextDay && !start.nextDay && endsAt < startsAt && overnight <= MAX_OVERNIGHT_MINUTES)
    endsAt = at(nextDay(day), end);
  return [isoInstant(startsAt), isoInstant(endsAt)];
}

/** Bytes of a string in UTF-8 (no TextEncoder in the shared runtime's lib). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
