// The SyncStorage port's contract (ports/sync-storage.ts): versions, rows, tombstones, lastMutationID, one snapshot per pull.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStorage } from '../../../src/server/db/ports/sync-storage.ts';
import type { RowReader } from '../../../src/server/db/ports/rows.ts';
import type { OpenStore } from './fixtures.ts';
import { commit as commitTo, logEntry, member } from './fixtures.ts';

export function runSyncStorageContract(name: string, open: OpenStore<SyncStorage & RowReader>): void {
  describe(`SyncStorage contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const commit = (writes: Parameters<typeof commitTo>[1]) => commitTo(store, writes);

    it('[R10] starts empty at version 0', async () => {
      expect(await store.version()).toBe(0);
      expect((await store.pullSnapshot(randomUUID(), null, 0)).changes).toEqual([]);
    });

    it('[R10] bumps the version by one per transaction and stamps its rows with it', async () => {
      const ana = member('Ana');
      const v1 = await commit([{ kind: 'member', id: ana.id, value: ana }]);
      const v2 = await commit([{ kind: 'member', id: ana.id, value: { ...ana, name: 'Ana B.' } }]);
      expect([v1, v2]).toEqual([1, 2]);
      expect(await store.version()).toBe(2);
      const { changes } = await store.pullSnapshot(randomUUID(), 1, 0);
      expect(changes).toEqual([
        { kind: 'member', id: ana.id, version: 2, value: { ...ana, name: 'Ana B.' } },
      ]);
    });

    it('[R5] turns deletes into tombstones that a pull since an older cookie sees, and a first pull does not', async () => {
      const a = member('Ana');
      const b = member('Bruno');
      await commit([
        { kind: 'member', id: a.id, value: a },
        { kind: 'member', id: b.id, value: b },
      ]);
      await commit([{ kind: 'member', id: a.id, value: null }]);
      const since1 = await store.pullSnapshot(randomUUID(), 1, 0);
      expect(since1.changes).toEqual([{ kind: 'member', id: a.id, version: 2, value: null }]);
      const first = await store.pullSnapshot(randomUUID(), null, 0);
      expect(first.version).toBe(2);
      expect(first.changes.map((c) => c.id)).toEqual([b.id]);
      // A row can come back after its tombstone.
      await commit([{ kind: 'member', id: a.id, value: a }]);
      const back = await store.pullSnapshot(randomUUID(), 2, 0);
      expect(back.changes).toEqual([{ kind: 'member', id: a.id, version: 3, value: a }]);
    });

    it('[R5] deleting a row that never existed leaves no tombstone', async () => {
      await commit([{ kind: 'member', id: randomUUID(), value: null }]);
      expect((await store.pullSnapshot(randomUUID(), 0, 0)).changes).toEqual([]);
    });

    it('[R5] returns nothing for a pull at the current cookie, and everything for a cookie ahead (a reset)', async () => {
      const a = member('Ana');
      await commit([{ kind: 'member', id: a.id, value: a }]);
      expect((await store.pullSnapshot(randomUUID(), 1, 0)).changes).toEqual([]);
      const ahead = await store.pullSnapshot(randomUUID(), 99, 0);
      expect(ahead.changes.map((c) => c.id)).toEqual([a.id]);
    });

    it('[R10] rolls the whole transaction back when it throws, and rejects with its error', async () => {
      const a = member('Ana');
      await expect(
        store.write(async (s) => {
          const v = await s.bumpVersion();
          await s.writeEntities(v, [{ kind: 'member', id: a.id, value: a }]);
          await s.setLastMutationID('c1', 1);
          await s.logMutation(logEntry('c1', 1, { version: v }));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.version()).toBe(0);
      expect(await store.getEntity('member', a.id)).toBeUndefined();
      expect(await store.lastMutationID('c1')).toBe(0);
      expect((await store.pullSnapshot('c1', null, 0)).changes).toEqual([]);
    });

    it('[R11] lets a transaction read its own writes', async () => {
      const a = member('Ana');
      const seen = await store.write(async (s) => {
        await s.writeEntities(await s.bumpVersion(), [{ kind: 'member', id: a.id, value: a }]);
        await s.setLastMutationID('c1', 1);
        return [await s.entities.get('member', a.id), await s.lastMutationID('c1'), await s.version()];
      });
      expect(seen).toEqual([a, 1, 1]);
    });

    it('[R10] serialises concurrent writers: no lost version bump', async () => {
      const versions = await Promise.all(
        Array.from({ length: 20 }, () =>
          store.write(async (s) => {
            const v = await s.bumpVersion();
            // A macrotask yield inside the write, so the 20 writers would interleave if they could.
            await new Promise((r) => setImmediate(r));
            return v;
          }),
        ),
      );
      expect([...versions].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await store.version()).toBe(20);
    });

    it("[R1] keeps each client's lastMutationID, 0 for an unknown client", async () => {
      expect(await store.lastMutationID('c1')).toBe(0);
      await store.write(async (s) => {
        await s.setLastMutationID('c1', 1);
        await s.setLastMutationID('c1', 2);
        await s.setLastMutationID('c2', 7);
      });
      expect(await store.lastMutationID('c1')).toBe(2);
      expect(await store.lastMutationID('c2')).toBe(7);
      expect((await store.pullSnapshot('c2', null, 0)).lastMutationID).toBe(7);
      expect((await store.pullSnapshot('c3', null, 0)).lastMutationID).toBe(0);
    });

    it('[R4] hands a client back its own rejections after the acked id only, oldest first', async () => {
      await store.write(async (s) => {
        await s.logMutation(logEntry('c1', 1, { version: 1 }));
        await s.logMutation(logEntry('c1', 2, { status: 'rejected', reason: 'a creator may not venue.put' }));
        await s.logMutation(logEntry('c1', 3, { status: 'rejected', reason: 'venue x does not exist' }));
        await s.logMutation(logEntry('c2', 1, { status: 'rejected', reason: 'other client' }));
      });
      expect((await store.pullSnapshot('c1', null, 0)).rejections.map((r) => r.mutationID)).toEqual([2, 3]);
      const after2 = (await store.pullSnapshot('c1', null, 2)).rejections;
      expect(after2.map((r) => [r.mutationID, r.reason])).toEqual([[3, 'venue x does not exist']]);
      expect((await store.pullSnapshot('c1', null, 3)).rejections).toEqual([]);
    });

    it('[R10] runs alsoRead in the snapshot of the pull, at its version', async () => {
      const a = member('Ana');
      await commit([{ kind: 'member', id: a.id, value: a }]);
      const pulled = await store.pullSnapshot(randomUUID(), null, 0, async (entities, version) => ({
        version,
        names: (await entities.list('member')).map((m) => m.name),
      }));
      expect(pulled.version).toBe(1);
      expect(pulled.also).toEqual({ version: 1, names: ['Ana'] });
      expect((await store.pullSnapshot(randomUUID(), null, 0)).also).toBeUndefined();
    });
  });
}
