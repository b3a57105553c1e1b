// Mutations that shape the plan: editions, venues, schedule sessions, moments.
import type { AngleTargets } from '../domain/angles.ts';
import type { Moment } from '../domain/moment.ts';
import type { ScheduleSession, SessionStatus } from '../domain/schedule.ts';
import { statusOf, withStatus } from '../domain/schedule.ts';
import { defineMutation } from './define.ts';
import { followSession } from './follow.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import type { ReadTx, WriteTx } from './types.ts';
import { reject } from './types.ts';
import { byCodePoint } from '../sync/order.ts';

export const createEdition = defineMutation('edition.create', async (tx, edition) => {
  await mustNotExist(tx, 'edition', edition.id);
  await save(tx, 'edition', edition);
});

/** Creates or replaces a venue: imports re-run it, so it is idempotent. Its ODF codes stay. */
export const putVenue = defineMutation('venue.put', async (tx, venue) => {
  const codes = (await tx.get('venue', venue.id))?.odfCodes;
  await save(tx, 'venue', codes ? { ...venue, odfCodes: codes } : venue);
});

/**
 * Creates or replaces a schedule session (candidate); a re-import updates rather than duplicates.
 * A replaced session keeps its feed stamp, and its status unless one is given; its moments follow it.
 */
export const putSession = defineMutation('session.put', async (tx, session, ctx) => {
  await mustGet(tx, 'edition', session.editionId, 'editionId');
  await mustGet(tx, 'venue', session.venueId, 'venueId');
  const before = await tx.get('session', session.id);
  const after: ScheduleSession = {
    ...(before?.feed ? { feed: before.feed } : {}),
    ...withStatus(session, session.status ?? before?.status),
  };
  await save(tx, 'session', after);
  await followSession(tx, before, after, ctx);
});

export const createMoment = defineMutation('moment.create', async (tx, args) => {
  await mustNotExist(tx, 'moment', args.id);
  const edition = await mustGet(tx, 'edition', args.editionId, 'editionId');
  await mustGet(tx, 'venue', args.venueId, 'venueId');
  const session = args.sessionId ? await mustGet(tx, 'session', args.sessionId, 'sessionId') : undefined;
  const rank = (await chosenOfDay(tx, args.editionId, args.day)).length + 1;
  const angles = anglesFor(edition.type, args.angles);
  await save(tx, 'moment', { ...args, ...statusFrom(session), angles, rank, status: 'chosen' });
});

export const updateMoment = defineMutation('moment.update', async (tx, { id, ...patch }) => {
  const moment = await mustGet(tx, 'moment', id);
  if (patch.venueId) await mustGet(tx, 'venue', patch.venueId, 'venueId');
  const session = patch.sessionId ? await mustGet(tx, 'session', patch.sessionId, 'sessionId') : undefined;
  const edition = await mustGet(tx, 'edition', moment.editionId);
  const angles = patch.angles ? anglesFor(edition.type, patch.angles) : moment.angles;
  let next: Moment = { ...moment, ...definedOnly(patch), angles };
  if (session && session.id !== moment.sessionId) {
    // Another session: its status now, and no change of the old one left to tell.
    const { sessionStatus: _s, scheduleChange: _c, ...rest } = next;
    next = { ...rest, ...statusFrom(session) };
  }
  await save(tx, 'moment', next);
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

/** Gives `ordered` the ranks 1..n, writing only the moments whose rank changes. */
export async function renumber(tx: WriteTx, ordered: Moment[]): Promise<void> {
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

/** The moment's copy of its session's status (nothing for a scheduled one, as rows without one read). */
function statusFrom(session: ScheduleSession | undefined): { sessionStatus?: SessionStatus } {
  const status = session ? statusOf(session) : 'scheduled';
  return status === 'scheduled' ? {} : { sessionStatus: status };
}

/** Drops keys whose value is undefined, so a partial patch never erases a field. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
