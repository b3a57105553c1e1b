// ScheduleSession: one session of the competition schedule, a candidate for the day's plan, and its live status.
import { z } from 'zod';
import { Id, Instant, label, text } from './common.ts';

/**
 * Where a session stands in the official schedule: `scheduled` (the default, also for a session
 * without a status), `delayed` (late, no new time yet), `postponed` (will happen at a time to be
 * announced), `rescheduled` (moved to a known new time), `cancelled`, `running`, `finished`.
 * ODF's ScheduleStatus values map onto these (src/shared/import/odf/status.ts).
 */
export const SESSION_STATUSES = [
  'scheduled',
  'delayed',
  'postponed',
  'rescheduled',
  'cancelled',
  'running',
  'finished',
] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** The ODF messages a feed sends: the whole schedule of a discipline, or the units that changed. */
export const FeedMessageType = z.enum(['DT_SCHEDULE', 'DT_SCHEDULE_UPDATE']);
export type FeedMessageType = z.infer<typeof FeedMessageType>;

/**
 * The ODF message that last changed a session: kept so an older message arriving after a newer one
 * changes nothing (feeds are replayed, duplicated and reordered). Within one message type the
 * header's Version orders messages (ODF: "sequential number with the highest indicating the most
 * recent version"); across the two types, the instant the message was produced does.
 */
export const FeedStamp = z.object({
  type: FeedMessageType,
  /** ODF header Version: a positive integer, higher is newer within one type and discipline. */
  version: z.number().int().min(1).max(2_147_483_647),
  /** ODF header Date + Time, as a UTC instant (see odf/header.ts for the zone it is read in). */
  producedAt: Instant,
});
export type FeedStamp = z.infer<typeof FeedStamp>;

export const ScheduleSession = z.object({
  id: Id,
  editionId: Id,
  venueId: Id,
  /** Identifier in the source schedule, so a re-import updates rather than duplicates. */
  ref: label(80),
  sport: label(80),
  event: label(),
  startsAt: Instant,
  endsAt: Instant,
  medal: z.boolean(),
  notes: text(500).default(''),
  /** Absent: `scheduled` (rows written before statuses existed). */
  status: SessionStatus.optional(),
  /** Set by the schedule feed (ODF): the message that last changed this session. */
  feed: FeedStamp.optional(),
});
export type ScheduleSession = z.infer<typeof ScheduleSession>;

/** A session's status; rows without one are `scheduled`. */
export function statusOf(session: { status?: SessionStatus | undefined }): SessionStatus {
  return session.status ?? 'scheduled';
}

/**
 * -1, 0 or 1: whether feed message `a` is older than, the same as, or newer than `b`. Same type:
 * by Version. Different types: by the instant each was produced (equal instants count as the same
 * message, so neither replaces the other).
 */
export function compareFeedStamps(a: FeedStamp, b: FeedStamp): -1 | 0 | 1 {
  if (a.type === b.type) return a.version < b.version ? -1 : a.version > b.version ? 1 : 0;
  const [ta, tb] = [Date.parse(a.producedAt), Date.parse(b.producedAt)];
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/** The session with `status`; `scheduled` is written as no status, as rows without one read. */
export function withStatus<S extends { status?: SessionStatus | undefined }>(
  session: S,
  status: SessionStatus | undefined,
): S {
  const { status: _old, ...rest } = session;
  return (status && status !== 'scheduled' ? { ...rest, status } : rest) as S;
}
