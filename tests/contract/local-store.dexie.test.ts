// Runs the LocalStore contract on the Dexie adapter over fake-indexeddb, plus Dexie-only behaviour.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { DexieLocalStore } from '../../src/client/storage/dexie.ts';
import { createDexieStore } from '../../src/client/storage/dexie.ts';
import type { LiveLocalStore } from '../../src/client/storage/table-store.ts';
import type { Table } from './local-store.contract.ts';
import { runLocalStoreContract } from './local-store.contract.ts';
import { actors, member, newIds } from './local-store.fixtures.ts';
import { openAsReleased } from '../fakes/released-dexie.ts';

/** A full phone in Dexie's own terms: its lowest layer (DBCore) refuses a write as IndexedDB would. */
function refuseWrites(store: DexieLocalStore, refuse: (table: Table) => boolean): void {
  store.db.use({
    stack: 'dbcore',
    name: 'full-phone',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            req.type !== 'delete' && req.type !== 'deleteRange' && refuse(name as Table)
              ? Promise.reject(new DOMException('the quota has been exceeded', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  });
}

let n = 0;
const freshName = () => `plan-de-jeu-test-${++n}`;

runLocalStoreContract('dexie', {
  create: async () => createDexieStore({ name: freshName() }),
  reopen: async (store: LiveLocalStore) => {
    const name = (store as DexieLocalStore).db.name;
    await store.close();
    return createDexieStore({ name });
  },
  createFull: async (refuse, makeRoom) => {
    const store = createDexieStore({ name: freshName(), ...(makeRoom ? { makeRoom } : {}) });
    refuseWrites(store, refuse);
    return store;
  },
});

describe('Dexie LocalStore', () => {
  it('upgrades a schema-3 database to the indexed view (4 and later), keeping the outbox, base and view', async () => {
    const name = freshName();
    // The database as the previous release left it: schemas 1-3, a synced plan and a tap waiting.
    const old = openAsReleased(name, 3);
    const assignment = { id: newIds.ana, memberId: newIds.ben, momentId: newIds.cleo, note: '' };
    await old.table('meta').put({
      key: 'sync',
      clientID: 'c-1',
      cookie: 7,
      ackedMutationID: 0,
      nextMutationID: 2,
      lastSyncAt: null,
      session: null,
    });
    await old.table('base').put({ kind: 'assignment', id: newIds.ana, value: assignment });
    await old.table('view').put({ kind: 'assignment', id: newIds.ana, value: assignment });
    const waiting = {
      id: 1,
      clientID: 'c-1',
      name: 'member.put',
      args: member(newIds.ben, 'Ben'),
      at: '2024-08-04T10:00:00.000Z',
      keys: [],
    };
    await old.table('outbox').put(waiting);
    old.close();

    const store = createDexieStore({ name });
    expect((await store.pending(10)).map((m) => [m.id, m.name])).toEqual([[1, 'member.put']]);
    expect((await store.getMeta()).cookie).toBe(7);
    expect(await store.listWhere('assignment', 'memberId', [newIds.ben])).toEqual([assignment]);
    expect(await store.listWhere('assignment', 'momentId', [newIds.cleo])).toEqual([assignment]);
    expect(store.db.verno).toBeGreaterThanOrEqual(4);
    await store.close();
  });

  it('uses the default database name plan-de-jeu', async () => {
    const store = createDexieStore();
    expect(store.db.name).toBe('plan-de-jeu');
    await store.close();
  });

  it('reopens when the database was closed under it', async () => {
    const store = createDexieStore({ name: freshName() });
    await store.mutate('member.put', member(newIds.ana, 'Ana'), actors.admin);
    store.db.close({ disableAutoOpen: true });
    expect((await store.get('member', newIds.ana))?.name).toBe('Ana');
    expect(await store.mutate('member.put', member(newIds.ben, 'Ben'), actors.admin)).toEqual({
      mutationID: 2,
    });
  });

  it('keeps one clientID and one id sequence for two tabs on the same database', async () => {
    const name = freshName();
    const tabA = createDexieStore({ name });
    const tabB = createDexieStore({ name });
    expect((await tabA.getMeta()).clientID).toBe((await tabB.getMeta()).clientID);
    const results = await Promise.all([
      tabA.mutate('member.put', member(newIds.ana, 'Ana'), actors.admin),
      tabB.mutate('member.put', member(newIds.ben, 'Ben'), actors.admin),
      tabA.mutate('member.put', member(newIds.cleo, 'Cléo'), actors.admin),
    ]);
    expect(results.map((r) => r.mutationID).sort()).toEqual([1, 2, 3]);
    expect((await tabB.pending(10)).map((m) => m.id)).toEqual([1, 2, 3]);
  });

  it('updates a live query of one tab after a write in another', async () => {
    const name = freshName();
    const tabA = createDexieStore({ name });
    const tabB = createDexieStore({ name });
    const seen: number[] = [];
    const sub = tabA.observe(() => tabA.list('member')).subscribe((rows) => seen.push(rows.length));
    await tabB.mutate('member.put', member(newIds.ana, 'Ana'), actors.admin);
    await vi.waitFor(() => expect(seen).toContain(1));
    sub.unsubscribe();
  });
});
