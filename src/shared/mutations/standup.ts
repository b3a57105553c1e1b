// Stand-up mutations: the all-or-nothing schedule import, and copying a moment or a whole day.
import { z } from 'zod';
import { Day, Id } from '../domain/common.ts';
import type { Moment } from '../domain/moment.ts';
import { ScheduleSession } from '../domain/schedule.ts';
import { chosenOfDay } from './plan.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import type { WriteTx } from './types.ts';
import { defineMutation, reject } from './types.ts';

const PLANNERS = ['admin', 'planner'] as const;

/** Same bound as the client's import (MAX_IMPORT_ROWS): one import must fit in one push. */
export const MAX_SESSIONS_PER_IMPORT = 1000;

/**
 * A whole schedule file as ONE mutation: every session is checked before any is written, so a
 * bad row rejects the lot. A session whose (editionId, ref) already exists keeps the existing id
 * (two planners importing the same file offline still end with one row per session).
 */
export const importSchedule = defineMutation({
  name: 'schedule.import',
  args: z.object({ sessions: z.array(ScheduleSession).min(1).max(MAX_SESSIONS_PER_IMPORT) }),
  roles: PLANNERS,
  async run(tx, { sessions }) {
    const editions = new Set((await tx.list('edition')).map((e) => e.id));
    const venues = new Set((await tx.list('venue')).map((v) => v.id));
    const existing = new Map((await tx.list('session')).map((s) => [`${s.editionId}/${s.ref}`, s.id]));
    const seen = new Set<string>();
    for (const [i, s] of sessions.entries()) {
      if (!editions.has(s.editionId))
        reject('not_found', `sessions.${i}.editionId: edition ${s.editionId} does not exist`);
      if (!venues.has(s.venueId))
        reject('not_found', `sessions.${i}.venueId: venue ${s.venueId} does not exist`);
      const key = `${s.editionId}/${s.ref}`;
      if (seen.has(key)) reject('conflict', `sessions.${i}.ref: ${s.ref} appears twice in the import`);
      seen.add(key);
    }
    // One await for all the writes, not one per row: the client runs this inside an IndexedDB
    // transaction, which Dexie keeps open across only a bounded chain of native awaits.
    await Promise.all(
      sessions.map((s) => save(tx, 'session', { ...s, id: existing.get(`${s.editionId}/${s.ref}`) ?? s.id })),
    );
  },
});

/** Copies one moment (why, angles, venue, session) to a day, as the last chosen moment of that day. */
export const copyMoment = defineMutation({
  name: 'moment.copy',
  args: z.object({ id: Id, fromId: Id, day: Day }),
  roles: PLANNERS,
  async run(tx, { id, fromId, day }) {
    const from = await mustGet(tx, 'moment', fromId);
    await copyOne(tx, from, id, day);
  },
});

/** Copies the chosen moments of a day to another day (the template of a recurring day), keeping their order. */
export const copyDay = defineMutation({
  name: 'day.copy',
  args: z.object({
    editionId: Id,
    toDay: Day,
    moments: z
      .array(z.object({ fromId: Id, id: Id }))
      .min(1)
      .max(20),
  }),
  roles: PLANNERS,
  async run(tx, { editionId, toDay, moments }) {
    await mustGet(tx, 'edition', editionId);
    const sources: Moment[] = [];
    for (const { fromId } of moments) {
      const from = await mustGet(tx, 'moment', fromId);
      if (from.editionId !== editionId)
        reject('invalid_args', `moments: ${fromId} is not a moment of this edition`);
      sources.push(from);
    }
    sources.sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
    for (const from of sources) {
      const pair = moments.find((m) => m.fromId === from.id)!;
      await copyOne(tx, from, pair.id, toDay);
    }
  },
});

async function copyOne(tx: WriteTx, from: Moment, id: string, day: string): Promise<void> {
  await mustNotExist(tx, 'moment', id);
  const edition = await mustGet(tx, 'edition', from.editionId);
  if (day < edition.startDay || day > edition.endDay)
    reject('invalid_args', `day: ${day} is not a day of ${edition.name}`);
  // Same wall-clock time on the new day: shift by whole days (no summer-time change during the Games).
  const shiftDays = Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${from.day}T00:00:00Z`)) / 86_400_000,
  );
  const keyMomentAt = new Date(Date.parse(from.keyMomentAt) + shiftDays * 86_400_000).toISOString();
  // A copy to another day is no longer that day's session: the planner links the new one.
  const sessionId = shiftDays === 0 ? from.sessionId : undefined;
  const rank = (await chosenOfDay(tx, from.editionId, day)).length + 1;
  const { sessionId: _drop, ...rest } = from;
  await save(tx, 'moment', {
    ...rest,
    ...(sessionId ? { sessionId } : {}),
    id,
    day,
    keyMomentAt,
    rank,
    status: 'chosen',
  });
}
