// Validates raw rows (from CSV or iCalendar) into sessions: every problem reported, per row and field.
import type { Edition, Venue } from '../domain/edition.ts';
import type { ScheduleSession } from '../domain/schedule.ts';
import { ScheduleSession as SessionSchema } from '../domain/schedule.ts';
import { parseClock, parseDay, zonedInstant } from './local-time.ts';
import type { ImportContext, ImportIssue, ImportResult, RawRow } from './types.ts';
import { MAX_IMPORT_ARGS_BYTES, MAX_IMPORT_ROWS } from './types.ts';

/** Longest session that may run past midnight when its end reads earlier than its start. */
const MAX_OVERNIGHT_MINUTES = 6 * 60;
const LIMITS = { ref: 80, sport: 80, event: 200, notes: 500 } as const;
const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'x', 'medal']);
const NO = new Set(['no', 'n', 'false', '0', 'non', '']);

/** Case- and accent-insensitive key, so "Stade de France" matches "stade de france". */
export function matchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A venue by id or by name. */
export function findVenue(venues: readonly Venue[], name: string): Venue | undefined {
  const key = matchKey(name);
  return venues.find((v) => v.id === name.trim() || matchKey(v.name) === key);
}

/** An edition by id, name or type ("olympic", "paralympic"): one Games has one of each. */
export function findEdition(editions: readonly Edition[], name: string): Edition | undefined {
  const key = matchKey(name);
  return editions.find((e) => e.id === name.trim() || matchKey(e.name) === key || e.type === key);
}

/**
 * All rows or nothing: returns every issue of every row, and sessions only when there is none.
 * A (edition, ref) already on the device keeps its id, so a re-import updates it.
 */
export function validateRows(rows: readonly RawRow[], ctx: ImportContext): ImportResult {
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
  const sessions: ScheduleSession[] = [];
  const seen = new Map<string, number>();
  const existing = new Map(ctx.sessions.map((s) => [`${s.editionId}/${s.ref}`, s]));
  let updated = 0;
  for (const raw of rows) {
    const rowIssues: ImportIssue[] = [];
    const fail = (field: string, code: ImportIssue['code'], params?: ImportIssue['params']) =>
      rowIssues.push({ row: raw.row, field, code, ...(params ? { params } : {}) });
    const text = (field: 'ref' | 'sport' | 'event' | 'notes', required: boolean) => {
      const value = (raw[field] ?? '').trim();
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
    else if (!venue) fail('venue', 'unknownVenue', { value: venueName });

    const medal = parseMedal(raw.medal);
    if (medal === undefined) fail('medal', 'badMedal', { value: String(raw.medal) });

    const span = venue ? timesOf(raw, venue.timeZone, fail) : undefined;
    if (span && span[1] <= span[0]) fail('end', 'endBeforeStart');

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
    if (previous) updated += 1;
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
        issues.push({
          row: raw.row,
          field: issue.path.join('.'),
          code: 'parse',
          params: { message: issue.message },
        });
    } else sessions.push(checked.data);
  }
  if (issues.length > 0) return { ok: false, issues };
  // A file under the byte limit can still grow past a push once escaped as JSON (backslashes, control characters).
  if (utf8Length(JSON.stringify({ sessions })) > MAX_IMPORT_ARGS_BYTES)
    return {
      ok: false,
      issues: [{ row: 0, field: '', code: 'tooLarge', params: { max: MAX_IMPORT_ARGS_BYTES } }],
    };
  return { ok: true, sessions, created: sessions.length - updated, updated };
}

function parseMedal(value: RawRow['medal']): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const key = matchKey(value ?? '');
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** [startsAt, endsAt] from instants, or from a local date and clock times at the venue (end past midnight = next day). */
function timesOf(
  raw: RawRow,
  timeZone: string,
  fail: (field: string, code: ImportIssue['code'], params?: ImportIssue['params']) => void,
): [string, string] | undefined {
  if (raw.startsAt || raw.endsAt || raw.timesError) {
    if (raw.timesError) fail(raw.timesError.field, raw.timesError.code, raw.timesError.params);
    else if (!raw.startsAt) fail('start', 'required');
    else if (!raw.endsAt) fail('end', 'required');
    return raw.startsAt && raw.endsAt && !raw.timesError ? [raw.startsAt, raw.endsAt] : undefined;
  }
  const day = parseDay(raw.date ?? '');
  const start = parseClock(raw.start ?? '');
  const end = parseClock(raw.end ?? '');
  if (!day) fail('date', raw.date?.trim() ? 'badDate' : 'required', { value: raw.date ?? '' });
  if (!start) fail('start', raw.start?.trim() ? 'badTime' : 'required', { value: raw.start ?? '' });
  if (!end) fail('end', raw.end?.trim() ? 'badTime' : 'required', { value: raw.end ?? '' });
  if (!day || !start || !end) return undefined;
  const startsAt = zonedInstant(day, start, timeZone);
  let endsAt = zonedInstant(day, end, timeZone);
  // A session from 22:00 to 00:30 ends the next day; 21:00 to 20:00 is a typo (endBeforeStart).
  const overnight = 24 * 60 - (start[0] * 60 + start[1]) + (end[0] * 60 + end[1]);
  if (endsAt < startsAt && overnight <= MAX_OVERNIGHT_MINUTES) {
    endsAt = new Date(Date.parse(endsAt) + 86_400_000).toISOString().replace('.000Z', 'Z');
  }
  return [startsAt, endsAt];
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
