// The stand-up's large mutations run inside one IndexedDB transaction on the planner's device (Dexie):
// a whole schedule import and a day copy must not outlive it (PrematureCommitError).
import 'fake-indexeddb/auto';
import { createDexieStore } from '../../../../src/client/storage/dexie.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import { KINDS } from '../../../../src/shared/domain/entities.ts';
import type { PatchOp } from '../../../../src/shared/protocol/messages.ts';
import { MAX_SESSIONS_PER_IMPORT } from '../../../../src/shared/mutations/standup.ts';
import { actors, ids, planWithOneImage, triangle } from '../../shared/fixtures.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let n = 0;

async function dexieWithPlan(): Promise<TableLocalStore> {
  const store = createDexieStore({ name: `standup-large-${++n}` });
  const tx = await planWithOneImage();
  const patch: PatchOp[] = [{ op: 'clear' }];
  for (const kind of KINDS)
    for (const row of await tx.list(kind)) patch.push({ op: 'put', kind, id: row.id, value: row });
  await store.applyPull({ cookie: 1, lastMutationID: 0, patch, rejected: [] }, actors.planner);
  return store;
}

describe('large stand-up mutations on Dexie', () => {
  it('imports the largest schedule allowed in one transaction', async () => {
    const store = await dexieWithPlan();
    const sessions = Array.from({ length: MAX_SESSIONS_PER_IMPORT }, (_, i) => ({
      id: uuid(10_000 + i),
      editionId: ids.olympic,
      venueId: ids.stade,
      ref: `R${i}`,
      sport: 'Athletics',
      event: `Session ${i}`,
      startsAt: '2024-08-04T17:00:00Z',
      endsAt: '2024-08-04T18:00:00Z',
      medal: false,
      notes: '',
    }));
    expect(await store.mutate('schedule.import', { sessions }, actors.planner)).toEqual({ mutationID: 1 });
    expect(await store.list('session')).toHaveLength(MAX_SESSIONS_PER_IMPORT);
    await store.close();
  });

  it('copies a day of 20 moments in one transaction', async () => {
    const store = await dexieWithPlan();
    for (let i = 0; i < 19; i++) {
      await store.mutate(
        'moment.create',
        {
          id: uuid(500 + i),
          editionId: ids.olympic,
          venueId: ids.stade,
          day: '2024-08-04',
          title: `Moment ${i}`,
          sport: 'Athletics',
          why: { kind: 'iconic', text: 'iconic' },
          keyMomentAt: '2024-08-04T19:00:00Z',
          angles: triangle,
        },
        actors.planner,
      );
    }
    const day = (await store.list('moment')).filter((m) => m.day === '2024-08-04');
    expect(day).toHaveLength(20);
    const result = await store.mutate(
      'day.copy',
      {
        editionId: ids.olympic,
        toDay: '2024-08-06',
        moments: day.map((m, i) => ({ fromId: m.id, id: uuid(900 + i) })),
      },
      actors.planner,
    );
    expect(result.localRejection).toBeUndefined();
    expect((await store.list('moment')).filter((m) => m.day === '2024-08-06')).toHaveLength(20);
    await store.close();
  });
});

describe('the official schedule on Dexie', () => {
  it('applies a message of the largest size allowed in one transaction, and moves a moment', async () => {
    const store = await dexieWithPlan();
    await store.mutate('venue.codes', { id: ids.stade, odfCodes: ['STA'] }, actors.admin);
    const unit = (i: number, hour: number) => ({
      id: uuid(20_000 + i),
      ref: `ATHM100M--------------HEAT${String(i).padStart(6, '0')}--`,
      sport: 'Athletics',
      event: `Heat ${i}`,
      venue: 'STA',
      startsAt: `2024-08-04T${String(hour).padStart(2, '0')}:00:00Z`,
      endsAt: `2024-08-04T${String(hour).padStart(2, '0')}:30:00Z`,
      medal: false,
      status: 'scheduled' as const,
    });
    const message = (version: number, hour: number) => ({
      editionId: ids.olympic,
      type: 'DT_SCHEDULE' as const,
      version,
      producedAt: `2024-08-0${version}T08:00:00Z`,
      units: Array.from({ length: MAX_SESSIONS_PER_IMPORT }, (_, i) => unit(i, hour)),
    });
    expect(await store.mutate('schedule.feed', message(1, 17), actors.planner)).toEqual({ mutationID: 2 });
    const heat = (await store.list('session')).find((s) => s.ref.endsWith('HEAT000000--'))!;
    await store.mutate('moment.update', { id: ids.m100, sessionId: heat.id }, actors.planner);
    const moved = await store.mutate('schedule.feed', message(2, 18), actors.planner);
    expect(moved.localRejection).toBeUndefined();
    expect((await store.get('moment', ids.m100))!.keyMomentAt).toBe('2024-08-04T20:50:00.000Z');
    await store.close();
  });
});
