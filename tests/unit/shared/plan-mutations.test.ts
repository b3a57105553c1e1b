// Rules of the plan's mutations: moments, ranks, the square, spots, access, assignments, roles.
import { describe, expect, it } from 'vitest';
import { actors, ids, planWithOneImage, rejection, run, triangle } from './fixtures.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function momentArgs(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    editionId: ids.olympic,
    venueId: ids.stade,
    day: '2024-08-04',
    title: `Moment ${id.slice(-3)}`,
    sport: 'Athletics',
    why: { kind: 'athlete', athlete: 'Armand Duplantis', text: 'a world record attempt' },
    keyMomentAt: '2024-08-04T20:30:00Z',
    angles: triangle,
    ...overrides,
  };
}

describe('moments', () => {
  it('ranks new moments after the day’s chosen ones and keeps ranks dense on drop and restore', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.planner, 'moment.create', momentArgs(uuid(901)));
    await run(tx, actors.planner, 'moment.create', momentArgs(uuid(902)));
    expect((await tx.get('moment', uuid(902)))!.rank).toBe(3);

    await run(tx, actors.planner, 'moment.drop', { id: uuid(901) });
    expect((await tx.get('moment', uuid(901)))!.status).toBe('dropped');
    expect((await tx.get('moment', uuid(902)))!.rank).toBe(2);

    await run(tx, actors.planner, 'moment.restore', { id: uuid(901) });
    expect((await tx.get('moment', uuid(901)))!.rank).toBe(3);
  });

  it('moves a moment to a rank and renumbers the others 1..n', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.planner, 'moment.create', momentArgs(uuid(901)));
    await run(tx, actors.planner, 'moment.create', momentArgs(uuid(902)));
    await run(tx, actors.planner, 'moment.rank', { id: uuid(902), rank: 1 });
    const ranks = Object.fromEntries((await tx.list('moment')).map((m) => [m.id, m.rank]));
    expect(ranks).toEqual({ [uuid(902)]: 1, [ids.m100]: 2, [uuid(901)]: 3 });
  });

  it('gives Paralympic moments the square and refuses a fourth side at the Olympics', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.planner, 'moment.create', momentArgs(uuid(903), { editionId: ids.paralympic }));
    expect((await tx.get('moment', uuid(903)))!.angles.disability).toBe('');
    const square = momentArgs(uuid(904), { angles: { ...triangle, disability: 'x' } });
    expect(await rejection(run(tx, actors.planner, 'moment.create', square))).toEqual({
      code: 'paralympic_only',
      params: { path: 'angles.disability' },
    });
    expect(await tx.get('moment', uuid(904))).toBeUndefined();
  });

  it('refuses unknown venues and duplicate ids, and refuses creators and editors', async () => {
    const tx = await planWithOneImage();
    const nowhere = momentArgs(uuid(905), { venueId: uuid(999) });
    expect(await rejection(run(tx, actors.planner, 'moment.create', nowhere))).toEqual({
      code: 'not_found',
      params: { kind: 'venue', path: 'venueId' },
    });
    expect(await rejection(run(tx, actors.planner, 'moment.create', momentArgs(ids.m100)))).toEqual({
      code: 'already_exists',
      params: { kind: 'moment' },
    });
    expect(await rejection(run(tx, actors.lea, 'moment.create', momentArgs(uuid(906))))).toEqual({
      code: 'role_forbidden',
      params: { role: 'creator' },
    });
    expect(await rejection(run(tx, actors.editor, 'moment.drop', { id: ids.m100 }))).toEqual({
      code: 'role_forbidden',
      params: { role: 'editor' },
    });
  });

  it('updates only the fields given', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.planner, 'moment.update', { id: ids.m100, title: "100 m final — men's" });
    const m = (await tx.get('moment', ids.m100))!;
    expect(m.title).toBe("100 m final — men's");
    expect(m.sport).toBe('Athletics');
  });
});

describe('spots, access and assignments', () => {
  it('derives the bearing from camera to subject, and re-derives it when a pin moves', async () => {
    const tx = await planWithOneImage();
    expect((await tx.get('spot', ids.spot))!.bearing).toBeCloseTo(0, 5); // subject due north
    await run(tx, actors.planner, 'spot.update', { id: ids.spot, subject: { lat: 48.9242, lng: 2.361 } });
    expect((await tx.get('spot', ids.spot))!.bearing).toBeCloseTo(90, 0); // now due east
  });

  it('tracks an access request through its statuses', async () => {
    const tx = await planWithOneImage();
    const access = {
      id: uuid(701),
      spotId: ids.spot,
      kind: 'balcony',
      contactName: 'Mme Dupont',
      contactPhone: '+33 6 00 00 00 01',
      status: 'to-ask',
      notes: '',
    };
    await run(tx, actors.planner, 'access.create', access);
    await run(tx, actors.planner, 'access.update', { id: access.id, status: 'granted' });
    expect((await tx.get('access', access.id))!).toMatchObject({
      status: 'granted',
      contactName: 'Mme Dupont',
    });
    expect(
      await rejection(run(tx, actors.planner, 'access.update', { id: access.id, status: 'maybe' })),
    ).toEqual({ code: 'invalid_args', params: { path: 'status', problem: 'not_an_option' } });
  });

  it('removes an assignment idempotently', async () => {
    const tx = await planWithOneImage();
    await run(tx, actors.planner, 'assignment.delete', { id: ids.assignment });
    await run(tx, actors.planner, 'assignment.delete', { id: ids.assignment });
    expect(await tx.get('assignment', ids.assignment)).toBeUndefined();
    expect(
      await rejection(run(tx, actors.lea, 'signature.advance', { id: ids.image, to: 'captured' })),
    ).toEqual({ code: 'not_assigned', params: {} });
  });
});

describe('runMutation', () => {
  it('rejects an unknown mutation by name', async () => {
    const tx = await planWithOneImage();
    expect(await rejection(run(tx, actors.admin, 'moment.explode', {}))).toEqual({
      code: 'unknown_mutation',
      params: { name: 'moment.explode' },
    });
  });
});
