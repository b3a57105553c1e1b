// Stand-up mutations: the all-or-nothing schedule import, and copying a moment or a whole day.
import type { Moment } from '../domain/moment.ts';
import type { ScheduleSession } from '../domain/schedule.ts';
import { withStatus } from '../domain/schedule.ts';
import { defineMutation } from './define.ts';
import { followSession, sessionMoved } from './follow.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import { chosenOfDay } from './plan.ts';
import type { WriteTx } from './types.ts';
import { reject } from './types.ts';
import { byCodePoint } from '../sync/order.ts';

export { MAX_SESSIONS_PER_IMPORT } from './args.ts';

/**
 * A whole schedule file as ONE mutation: every session is checked before any is written, so a
 * bad row rejects the lot. A session whose (editionId, ref) already exists keeps the existing id
 * (two planners importing the same file offline still end with one row per session), its status
 * and its feed stamp unless the file gives them; the moments built on a session the file moves or
 * cancels follow it (followSession).
 */
export const importSchedule = defineMutation('schedule.import', async (tx, { sessions }, ctx) => {
  const editions = new Set((await tx.list('edition')).map((e) => e.id));
  const venues = new Set((await tx.list('venue')).map((v) => v.id));
  const existing = new Map((await tx.list('session')).map((s) => [`${s.editionId}/${s.ref}`, s]));
  const seen = new Set<string>();
  for (const [i, s] of sessions.entries()) {
    if (!editions.has(s.editionId)) {
      const path = `sessions.${i}.editionId`;
      reject('not_found', `${path}: edition ${s.editionId} does not exist`, { kind: 'edition', path });
    }
    if (!venues.has(s.venueId)) {
      const path = `sessions.${i}.venueId`;
      reject('not_found', `${path}: venue ${s.venueId} does not exist`, { kind: 'venue', path });
    }
    const key = `${s.editionId}/${s.ref}`;
    if (seen.has(key)) {
      reject('duplicate_ref', `sessions.${i}.ref: ${s.ref} appears twice in the import`, {
        ref: s.ref,
        index: i,
      });
    }
    seen.add(key);
  }
  const pairs = sessions.map((s) => {
    const before = existing.get(`${s.editionId}/${s.ref}`);
    const after: ScheduleSession = {
      ...(before?.feed ? { feed: before.feed } : {}),
      ...withStatus({ ...s, id: before?.id ?? s.id }, s.status ?? before?.status),
    };
    return { before, after };
  });
  // One await for all the writes, not one per row: the client runs this inside an IndexedDB
  // transaction, which Dexie keeps open across only a bounded chain of native awaits.
  await Promise.all(pairs.map(({ after }) => save(tx, 'session', after)));
  // Only sessions that moved have moments to move: a file of new sessions awaits nothing more.
  for (const { before, after } of pairs.filter((p) => sessionMoved(p.before, p.after)))
    await followSession(tx, before, after, ctx);
});

/** Copies one moment (why, angles, venue, session) to a day, as the last chosen moment of that day. */
export const copyMoment = defineMutation('moment.copy', async (tx, { id, fromId, day }) => {
  const from = await mustGet(tx, 'moment', fromId, 'fromId');
  await copyOne(tx, from, id, day);
});

/** Copies the chosen moments of a day to another day (the template of a recurring day), keeping their order. */
export const copyDay = defineMutation('day.copy', async (tx, { editionId, toDay, moments }) => {
  await mustGet(tx, 'edition', editionId, 'editionId');
  const sources: Moment[] = [];
  for (const [i, { fromId }] of moments.entries()) {
    const from = await mustGet(tx, 'moment', fromId, `moments.${i}.fromId`);
    if (from.editionId !== editionId)
      reject('not_in_edition', `moments: ${fromId} is not a moment of this edition`, { id: fromId });
    sources.push(from);
  }
  sources.sort((a, b) => a.rank - b.rank || byCodePoint(a.id, b.id));
  for (const from of sources) {
    const pair = moments.find((m) => m.fromId === from.id)!;
    await copyOne(tx, from, pair.id, toDay);
  }
});

async function copyOne(tx: WriteTx, from: Moment, id: string, day: string): Promise<void> {
  await mustNotExist(tx, 'moment', id);
  const edition = await mustGet(tx, 'edition', from.editionId);
  if (day < edition.startDay || day > edition.endDay)
    reject('day_outside_edition', `day: ${day} is not a day of ${edition.name}`, { day });
  // Same wall-clock time on the new day: shift by whole days (no summer-time change during the Games).
  const shiftDays = Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${from.day}T00:00:00Z`)) / 86_400_000,
  );
  const keyMomentAt = new Date(Date.parse(from.keyMomentAt) + shiftDays * 86_400_000).toISOString();
  // A copy to another day is no longer that day's session: the planner links the new one.
  const sessionId = shiftDays === 0 ? from.sessionId : undefined;
  const rank = (await chosenOfDay(tx, from.editionId, day)).length + 1;
  // A copy starts with no schedule change to tell; it keeps the session's status only on its session.
  const { sessionId: _drop, sessionStatus, scheduleChange: _change, ...rest } = from;
  await save(tx, 'moment', {
    ...rest,
    ...(sessionId ? { sessionId, ...(sessionStatus ? { sessionStatus } : {}) } : {}),
    id,
    day,
    keyMomentAt,
    rank,
    status: 'chosen',
  });
}
