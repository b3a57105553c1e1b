// Mutations that shape the plan: editions, venues, schedule sessions, moments.
import type { AngleTargets } from '../domain/angles.ts';
import type { Moment } from '../domain/moment.ts';
import { defineMutation } from './define.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import type { ReadTx, WriteTx } from './types.ts';
import { reject } from './types.ts';
import { byCodePoint } from '../sync/order.ts';

export const createEdition = defineMutation('edition.create', async (tx, edition) => {
  await mustNotExist(tx, 'edition', edition.id);
  await save(tx, 'edition', edition);
});

/** Creates or replaces a venue: imports re-run it, so it is idempotent. */
export const putVenue = defineMutation('venue.put', async (tx, venue) => {
  await save(tx, 'venue', venue);
});

/** Creates or replaces a schedule session (candidate); a re-import updates rather than duplicates. */
export const putSession = defineMutation('session.put', async (tx, session) => {
  await mustGet(tx, 'edition', session.editionId, 'editionId');
  await mustGet(tx, 'venue', session.venueId, 'venueId');
  await save(tx, 'session', session);
});

export const createMoment = defineMutation('moment.create', async (tx, args) => {
  await mustNotExist(tx, 'moment', args.id);
  const edition = await mustGet(tx, 'edition', args.editionId, 'editionId');
  await mustGet(tx, 'venue', args.venueId, 'venueId');
  if (args.sessionId) await mustGet(tx, 'session', args.sessionId, 'sessionId');
  const rank = (await chosenOfDay(tx, args.editionId, args.day)).length + 1;
  const angles = anglesFor(edition.type, args.angles);
  await save(tx, 'moment', { ...args, angles, rank, status: 'chosen' });
});

export const updateMoment = defineMutation('moment.update', async (tx, { id, ...patch }) => {
  const moment = await mustGet(tx, 'moment', id);
  if (patch.venueId) await mustGet(tx, 'venue', patch.venueId, 'venueId');
  if (patch.sessionId) await mustGet(tx, 'session', patch.sessionId, 'sessionId');
  const edition = await mustGet(tx, 'edition', moment.editionId);
  const angles = patch.angles ? anglesFor(edition.type, patch.angles) : moment.angles;
  await save(tx, 'moment', { ...moment, ...definedOnly(patch), angles });
});

/** Moves a chosen moment to a rank; the day's other chosen moments are renumbered 1..n. */
export const rankMoment = defineMutation('moment.rank', async (tx, { id, rank }) => {
  const moment = await mustGet(tx, 'moment', id);
  if (moment.status !== 'chosen') reject('moment_dropped', 'a dropped moment has no rank; restore it first');
  const others = (await chosenOfDay(tx, moment.editionId, moment.day)).filter((m) => m.id !== id);
  others.splice(Math.min(rank, others.length + 1) - 1, 0, moment);
  await renumber(tx, others);
});

export const dropMoment = defineMutation('moment.drop', async (tx, { id }) => {
  const moment = await mustGet(tx, 'moment', id);
  if (moment.status === 'dropped') return; // dropping twice is the same as once
  await save(tx, 'moment', { ...moment, status: 'dropped', rank: 99 });
  await renumber(tx, await chosenOfDay(tx, moment.editionId, moment.day));
});

export const restoreMoment = defineMutation('moment.restore', async (tx, { id }) => {
  const moment = await mustGet(tx, 'moment', id);
  if (moment.status === 'chosen') return;
  const rank = (await chosenOfDay(tx, moment.editionId, moment.day)).length + 1;
  await save(tx, 'moment', { ...moment, status: 'chosen', rank });
});

/** The chosen moments of a day, in rank order (ties broken by id in code-point order, as every replica agrees). */
export async function chosenOfDay(tx: ReadTx, editionId: string, day: string): Promise<Moment[]> {
  const all = await tx.list('moment');
  return all
    .filter((m) => m.editionId === editionId && m.day === day && m.status === 'chosen')
    .sort((a, b) => a.rank - b.rank || byCodePoint(a.id, b.id));
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
    reject('paralympic_only', 'angles.disability: only Paralympic moments have the fourth side', {
      path: 'angles.disability',
    });
  return angles;
}

/** Drops keys whose value is undefined, so a partial patch never erases a field. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
