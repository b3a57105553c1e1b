// Mutations that shape the plan: editions, venues, schedule sessions, moments.
import { z } from 'zod';
import { AngleTargets } from '../domain/angles.ts';
import { Day, Id, Instant, label } from '../domain/common.ts';
import { Edition, Venue } from '../domain/edition.ts';
import type { Moment } from '../domain/moment.ts';
import { WhyItMatters } from '../domain/moment.ts';
import { ScheduleSession } from '../domain/schedule.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import type { WriteTx } from './types.ts';
import { defineMutation, reject } from './types.ts';

const PLANNERS = ['admin', 'planner'] as const;

export const createEdition = defineMutation({
  name: 'edition.create',
  args: Edition,
  roles: ['admin'],
  async run(tx, edition) {
    await mustNotExist(tx, 'edition', edition.id);
    await save(tx, 'edition', edition);
  },
});

/** Creates or replaces a venue: imports re-run it, so it is idempotent. */
export const putVenue = defineMutation({
  name: 'venue.put',
  args: Venue,
  roles: PLANNERS,
  async run(tx, venue) {
    await save(tx, 'venue', venue);
  },
});

/** Creates or replaces a schedule session (candidate); a re-import updates rather than duplicates. */
export const putSession = defineMutation({
  name: 'session.put',
  args: ScheduleSession,
  roles: PLANNERS,
  async run(tx, session) {
    await mustGet(tx, 'edition', session.editionId);
    await mustGet(tx, 'venue', session.venueId);
    await save(tx, 'session', session);
  },
});

const MomentFields = z.object({
  venueId: Id,
  sessionId: Id.optional(),
  title: label(),
  sport: label(80),
  why: WhyItMatters,
  keyMomentAt: Instant,
  angles: AngleTargets,
});

export const createMoment = defineMutation({
  name: 'moment.create',
  args: MomentFields.extend({ id: Id, editionId: Id, day: Day }),
  roles: PLANNERS,
  async run(tx, args) {
    await mustNotExist(tx, 'moment', args.id);
    const edition = await mustGet(tx, 'edition', args.editionId);
    await mustGet(tx, 'venue', args.venueId);
    if (args.sessionId) await mustGet(tx, 'session', args.sessionId);
    const rank = (await chosenOfDay(tx, args.editionId, args.day)).length + 1;
    const angles = anglesFor(edition.type, args.angles);
    await save(tx, 'moment', { ...args, angles, rank, status: 'chosen' });
  },
});

export const updateMoment = defineMutation({
  name: 'moment.update',
  args: MomentFields.partial().extend({ id: Id }),
  roles: PLANNERS,
  async run(tx, { id, ...patch }) {
    const moment = await mustGet(tx, 'moment', id);
    if (patch.venueId) await mustGet(tx, 'venue', patch.venueId);
    if (patch.sessionId) await mustGet(tx, 'session', patch.sessionId);
    const edition = await mustGet(tx, 'edition', moment.editionId);
    const angles = patch.angles ? anglesFor(edition.type, patch.angles) : moment.angles;
    await save(tx, 'moment', { ...moment, ...definedOnly(patch), angles });
  },
});

/** Moves a chosen moment to a rank; the day's other chosen moments are renumbered 1..n. */
export const rankMoment = defineMutation({
  name: 'moment.rank',
  args: z.object({ id: Id, rank: z.number().int().min(1).max(99) }),
  roles: PLANNERS,
  async run(tx, { id, rank }) {
    const moment = await mustGet(tx, 'moment', id);
    if (moment.status !== 'chosen') reject('invalid_state', 'a dropped moment has no rank; restore it first');
    const others = (await chosenOfDay(tx, moment.editionId, moment.day)).filter((m) => m.id !== id);
    others.splice(Math.min(rank, others.length + 1) - 1, 0, moment);
    await renumber(tx, others);
  },
});

export const dropMoment = defineMutation({
  name: 'moment.drop',
  args: z.object({ id: Id }),
  roles: PLANNERS,
  async run(tx, { id }) {
    const moment = await mustGet(tx, 'moment', id);
    if (moment.status === 'dropped') return; // dropping twice is the same as once
    await save(tx, 'moment', { ...moment, status: 'dropped', rank: 99 });
    await renumber(tx, await chosenOfDay(tx, moment.editionId, moment.day));
  },
});

export const restoreMoment = defineMutation({
  name: 'moment.restore',
  args: z.object({ id: Id }),
  roles: PLANNERS,
  async run(tx, { id }) {
    const moment = await mustGet(tx, 'moment', id);
    if (moment.status === 'chosen') return;
    const rank = (await chosenOfDay(tx, moment.editionId, moment.day)).length + 1;
    await save(tx, 'moment', { ...moment, status: 'chosen', rank });
  },
});

/** The chosen moments of a day, in rank order (ties broken by id so every replica agrees). */
export async function chosenOfDay(tx: WriteTx, editionId: string, day: string): Promise<Moment[]> {
  const all = await tx.list('moment');
  return all
    .filter((m) => m.editionId === editionId && m.day === day && m.status === 'chosen')
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));
}

async function renumber(tx: WriteTx, ordered: Moment[]): Promise<void> {
  for (const [index, m] of ordered.entries()) {
    if (m.rank !== index + 1) await save(tx, 'moment', { ...m, rank: index + 1 });
  }
}

/** The triangle for the Olympics; the square (disability added) for the Paralympics. */
function anglesFor(type: 'olympic' | 'paralympic', angles: AngleTargets): AngleTargets {
  if (type === 'paralympic') return { ...angles, disability: angles.disability ?? '' };
  if (angles.disability !== undefined)
    reject('invalid_args', 'angles.disability: only Paralympic moments have the fourth side');
  return angles;
}

/** Drops keys whose value is undefined, so a partial patch never erases a field. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
