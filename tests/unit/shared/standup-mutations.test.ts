// schedule.import (all or nothing, re-import updates), moment.copy and day.copy.
import { describe, expect, it } from 'vitest';
import type { MemoryTx } from '../../fakes/memory-tx.ts';
import { actors, ids, planWithOneImage, rejection, run } from './fixtures.ts';
import { byCodePoint } from '../../../src/shared/sync/order.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function session(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: uuid(700 + n),
    editionId: ids.olympic,
    venueId: ids.stade,
    ref: `REF-${n}`,
    sport: 'Athletics',
    event: `Session ${n}`,
    startsAt: '2024-08-04T17:00:00Z',
    endsAt: '2024-08-04T20:00:00Z',
    medal: true,
    notes: '',
    ...overrides,
  };
}

const sessions = async (tx: MemoryTx) => (await tx.list('session')).sort((a, b) => byCodePoint(a.ref, b.ref));

describe('schedule.import', () => {
  it('writes every session, and a re-import with other ids updates the same rows', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.planner, 'schedule.import', { sessions: [session(1), session(2)] });
    expect((await sessions(tx)).map((s) => s.id)).toEqual([uuid(701), uuid(702)]);

    await run(tx, actors.planner, 'schedule.import', {
      sessions: [session(1, { id: uuid(801), event: 'Renamed' }), session(3, { id: uuid(803) })],
    });
    const after = await sessions(tx);
    expect(after.map((s) => [s.id, s.event])).toEqual([
      [uuid(701), 'Renamed'],
      [uuid(702), 'Session 2'],
      [uuid(803), 'Session 3'],
    ]);
  });

  it('writes nothing when one session is bad: unknown venue, duplicate ref', async () => {
    const tx = await planWithOneImage();
    const importing = (sessions: unknown[]) => run(tx, actors.planner, 'schedule.import', { sessions });
    expect(await rejection(importing([session(1), session(2, { venueId: uuid(999) })]))).toEqual({
      code: 'not_found',
      params: { kind: 'venue', path: 'sessions.1.venueId' },
    });
    expect(await rejection(importing([session(1), session(2, { ref: 'REF-1' })]))).toEqual({
      code: 'duplicate_ref',
      params: { ref: 'REF-1', index: 1 },
    });
    expect(await rejection(importing([session(1), session(2, { startsAt: 'soon' })]))).toEqual({
      code: 'invalid_args',
      params: { path: 'sessions.1.startsAt', problem: 'bad_format', format: 'datetime' },
    });
    expect(await tx.list('session')).toEqual([]);
  });

  it('is for planners and admins only', async () => {
    const tx = await planWithOneImage();
    expect(await rejection(run(tx, actors.lea, 'schedule.import', { sessions: [session(1)] }))).toEqual({
      code: 'role_forbidden',
      params: { role: 'creator' },
    });
  });
});

describe('moment.copy and day.copy', () => {
  it('copies a moment to another day at the same local time, last of that day, chosen', async () => {
    const tx = await planWithOneImage();
    const from = (await tx.get('moment', ids.m100))!;
    await run(tx, actors.planner, 'moment.copy', { id: uuid(901), fromId: ids.m100, day: '2024-08-05' });
    const copy = (await tx.get('moment', uuid(901)))!;
    expect(copy).toMatchObject({
      day: '2024-08-05',
      rank: 1,
      status: 'chosen',
      title: from.title,
      why: from.why,
      angles: from.angles,
    });
    expect(Date.parse(copy.keyMomentAt) - Date.parse(from.keyMomentAt)).toBe(86_400_000);
    expect(copy.sessionId).toBeUndefined();
  });

  it('refuses a day outside the edition and an id already taken', async () => {
    const tx = await planWithOneImage();
    const late = { id: uuid(901), fromId: ids.m100, day: '2024-09-30' };
    expect(await rejection(run(tx, actors.planner, 'moment.copy', late))).toEqual({
      code: 'day_outside_edition',
      params: { day: '2024-09-30' },
    });
    const taken = { id: ids.m100, fromId: ids.m100, day: '2024-08-05' };
    expect(await rejection(run(tx, actors.planner, 'moment.copy', taken))).toEqual({
      code: 'already_exists',
      params: { kind: 'moment' },
    });
  });

  it('copies a day keeping the order of its moments', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.planner, 'moment.copy', { id: uuid(902), fromId: ids.m100, day: '2024-08-04' });
    await run(tx, actors.planner, 'moment.rank', { id: uuid(902), rank: 1 });
    await run(tx, actors.planner, 'day.copy', {
      editionId: ids.olympic,
      toDay: '2024-08-06',
      moments: [
        { fromId: ids.m100, id: uuid(911) },
        { fromId: uuid(902), id: uuid(912) },
      ],
    });
    const copies = (await tx.list('moment')).filter((m) => m.day === '2024-08-06');
    expect(Object.fromEntries(copies.map((m) => [m.id, m.rank]))).toEqual({ [uuid(912)]: 1, [uuid(911)]: 2 });
  });
});
