// A small plan built through the real mutations, for the shared unit tests.
import { runMutation } from '../../../src/shared/mutations/registry.ts';
import type { Actor } from '../../../src/shared/mutations/types.ts';
import { MutationRejected } from '../../../src/shared/mutations/types.ts';
import { MemoryTx } from '../../fakes/memory-tx.ts';

export const ids = {
  olympic: '00000000-0000-4000-8000-000000000001',
  paralympic: '00000000-0000-4000-8000-000000000002',
  stade: '00000000-0000-4000-8000-000000000011',
  teahupoo: '00000000-0000-4000-8000-000000000012',
  admin: '00000000-0000-4000-8000-000000000021',
  planner: '00000000-0000-4000-8000-000000000022',
  editor: '00000000-0000-4000-8000-000000000023',
  lea: '00000000-0000-4000-8000-000000000024',
  hugo: '00000000-0000-4000-8000-000000000025',
  m100: '00000000-0000-4000-8000-000000000031',
  surf: '00000000-0000-4000-8000-000000000032',
  spot: '00000000-0000-4000-8000-000000000041',
  image: '00000000-0000-4000-8000-000000000051',
  assignment: '00000000-0000-4000-8000-000000000061',
} as const;

export const actors = {
  admin: { memberId: ids.admin, role: 'admin' },
  planner: { memberId: ids.planner, role: 'planner' },
  editor: { memberId: ids.editor, role: 'editor' },
  lea: { memberId: ids.lea, role: 'creator' },
  hugo: { memberId: ids.hugo, role: 'creator' },
} as const satisfies Record<string, Actor>;

export const AT = '2024-08-04T19:40:00.000Z';

export function run(tx: MemoryTx, actor: Actor, name: string, args: unknown, at = AT) {
  return runMutation(tx, { name, args, at }, actor);
}

/**
 * How a mutation was refused: its code and params, what tests assert (never the English text).
 * Fails the test when the mutation was applied, or threw something that is not a rejection.
 */
export async function rejection(run: Promise<unknown>): Promise<{ code: string; params: object }> {
  const error = await run.then(
    () => new Error('expected a rejection, but the mutation was applied'),
    (e: unknown) => e,
  );
  if (!(error instanceof MutationRejected)) throw error;
  return { code: error.code, params: error.params };
}

export const triangle = { sport: 'the start', site: 'the stadium roof', public: 'the stands standing up' };

/** Olympic and Paralympic editions, two venues, members, the men's 100 m final with a spot and an image. */
export async function planWithOneImage(): Promise<MemoryTx> {
  const tx = new MemoryTx();
  const a = actors.admin;
  for (const [id, name, role] of [
    [ids.admin, 'Admin', 'admin'],
    [ids.planner, 'Paul', 'planner'],
    [ids.editor, 'Edith', 'editor'],
    [ids.lea, 'Léa', 'creator'],
    [ids.hugo, 'Hugo', 'creator'],
  ] as const) {
    await run(tx, a, 'member.put', { id, name, role, contact: '' });
  }
  const edition = {
    name: 'Paris 2024',
    startDay: '2024-07-26',
    endDay: '2024-08-11',
    timeZone: 'Europe/Paris',
  };
  await run(tx, a, 'edition.create', { ...edition, id: ids.olympic, type: 'olympic' });
  await run(tx, a, 'edition.create', { ...edition, id: ids.paralympic, type: 'paralympic' });
  await run(tx, a, 'venue.put', {
    id: ids.stade,
    name: 'Stade de France',
    city: 'Saint-Denis',
    position: { lat: 48.9245, lng: 2.3602 },
    timeZone: 'Europe/Paris',
  });
  await run(tx, a, 'venue.put', {
    id: ids.teahupoo,
    name: "Teahupo'o",
    city: 'Tahiti',
    position: { lat: -17.8472, lng: -149.2672 },
    timeZone: 'Pacific/Tahiti',
  });
  await run(tx, actors.planner, 'moment.create', {
    id: ids.m100,
    editionId: ids.olympic,
    venueId: ids.stade,
    day: '2024-08-04',
    title: "Men's 100 m final",
    sport: 'Athletics',
    why: { kind: 'iconic', text: 'The most watched ten seconds of the Games' },
    keyMomentAt: '2024-08-04T19:50:00.000Z',
    angles: triangle,
  });
  await run(tx, actors.planner, 'spot.create', {
    id: ids.spot,
    momentId: ids.m100,
    label: 'Stand C, row 2',
    description: 'Low angle behind the finish line, the crowd behind',
    camera: { lat: 48.9242, lng: 2.3598 },
    subject: { lat: 48.9248, lng: 2.3598 },
  });
  await run(tx, actors.planner, 'signature.create', {
    id: ids.image,
    momentId: ids.m100,
    spotId: ids.spot,
    title: 'The crowd rising as the winner crosses the line',
    description: '',
    sides: ['sport', 'public'],
  });
  await run(tx, actors.planner, 'assignment.create', {
    id: ids.assignment,
    memberId: ids.lea,
    momentId: ids.m100,
    spotId: ids.spot,
    note: '',
  });
  return tx;
}
