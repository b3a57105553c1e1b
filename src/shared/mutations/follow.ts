// Moments follow their session: a moved, postponed or cancelled session moves and marks every moment built on it.
import type { Moment, ScheduleChangeKind } from '../domain/moment.ts';
import type { ScheduleSession } from '../domain/schedule.ts';
import { statusOf } from '../domain/schedule.ts';
import { wallClock } from '../import/zones.ts';
import { mustGet, save } from './helpers.ts';
import { chosenOfDay, renumber } from './plan.ts';
import type { MutationContext, WriteTx } from './types.ts';

/** True when moments built on `before` must follow it to `after` (its start or its status changed). */
export function sessionMoved(before: ScheduleSession | undefined, after: ScheduleSession): boolean {
  return Boolean(before) && (before!.startsAt !== after.startsAt || statusOf(before!) !== statusOf(after));
}

/**
 * After session `before` became `after` (same id), updates every moment whose `sessionId` is it:
 * - the key moment shifts by the same amount as the session's start, unless the planner pinned it;
 *   a shift across midnight (in the edition's zone) moves the moment to that day's plan, last
 *   of the day, and the old day's ranks close up;
 * - the moment carries the session's status (`sessionStatus`);
 * - a move, a postponement, a cancellation or a reinstatement is recorded as the moment's
 *   `scheduleChange` (previous key moment, and when: the server's receipt time), which creators
 *   see until they acknowledge it. A pinned moment is not `moved`, but is still told the rest.
 * Conflicts and calendar feeds are computed from moments, so they follow. Writes nothing when
 * nothing a moment shows changed (a re-sent message is a no-op). Throws MutationRejected when a
 * moment it must write no longer parses (`invalid_row`).
 */
export async function followSession(
  tx: WriteTx,
  before: ScheduleSession | undefined,
  after: ScheduleSession,
  ctx: MutationContext,
): Promise<void> {
  if (!before) return;
  const delta = Date.parse(after.startsAt) - Date.parse(before.startsAt);
  const [was, now] = [statusOf(before), statusOf(after)];
  if (delta === 0 && was === now) return;
  const moments = (await tx.list('moment')).filter((m) => m.sessionId === after.id);
  if (moments.length === 0) return;
  const edition = await mustGet(tx, 'edition', after.editionId);
  const changedAt = ctx.receivedAt ?? ctx.at;
  for (const moment of moments) {
    const moves = delta !== 0 && !moment.pinned;
    const kind = changeKind(was, now, moves);
    const keyMomentAt = moves ? shifted(moment.keyMomentAt, delta) : moment.keyMomentAt;
    const day = moves ? shiftedDay(moment, keyMomentAt, edition.timeZone) : moment.day;
    const { sessionStatus: _old, ...rest } = moment;
    let next: Moment = {
      ...rest,
      ...(now === 'scheduled' ? {} : { sessionStatus: now }),
      keyMomentAt,
      day,
      ...(kind ? { scheduleChange: { kind, previousKeyMomentAt: moment.keyMomentAt, changedAt } } : {}),
    };
    if (day !== moment.day && moment.status === 'chosen') {
      next = { ...next, rank: (await chosenOfDay(tx, moment.editionId, day)).length + 1 };
      await save(tx, 'moment', next);
      await renumber(tx, await chosenOfDay(tx, moment.editionId, moment.day));
    } else {
      await save(tx, 'moment', next);
    }
  }
}

/** What creators are told: a cancellation or a reinstatement first, then a move, then a postponement. */
function changeKind(
  was: ReturnType<typeof statusOf>,
  now: ReturnType<typeof statusOf>,
  moves: boolean,
): ScheduleChangeKind | undefined {
  if (now === 'cancelled' && was !== 'cancelled') return 'cancelled';
  if (was === 'cancelled' && now !== 'cancelled') return moves ? 'moved' : 'reinstated';
  if (moves) return 'moved';
  if (now === 'postponed' && was !== 'postponed') return 'postponed';
  return undefined;
}

function shifted(instant: string, deltaMs: number): string {
  return new Date(Date.parse(instant) + deltaMs).toISOString();
}

/**
 * The moment's day moved by as many calendar days as its key moment did, read in the edition's
 * zone: a plan day is a day there, and this keeps whatever day the planner chose relative to it.
 */
function shiftedDay(moment: Moment, keyMomentAt: string, timeZone: string): string {
  const days = dayNumber(keyMomentAt, timeZone) - dayNumber(moment.keyMomentAt, timeZone);
  if (days === 0) return moment.day;
  const date = new Date(`${moment.day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function dayNumber(instant: string, timeZone: string): number {
  const w = wallClock(Date.parse(instant), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day) / 86_400_000;
}
