// The RowReader port's contract (ports/rows.ts): live rows, parsed to their kind, tombstones never.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RowReader } from '../../../src/server/db/ports/rows.ts';
import type { SyncStorage } from '../../../src/server/db/ports/sync-storage.ts';
import type { OpenStore } from './fixtures.ts';
import { commit, member, venue } from './fixtures.ts';

export function runRowReaderContract(name: string, open: OpenStore<RowReader & SyncStorage>): void {
  describe(`RowReader contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('[R10] reads nothing from an empty store', async () => {
      expect(await store.listEntities('member')).toEqual([]);
      expect(await store.getEntity('member', member('x').id)).toBeUndefined();
    });

    it('[R10] maps rows to domain types per kind and lists only live rows of that kind', async () => {
      const v = venue('Stade de France');
      const ana = member('Ana');
      await commit(store, [
        { kind: 'venue', id: v.id, value: v },
        { kind: 'member', id: ana.id, value: ana },
      ]);
      expect(await store.listEntities('venue')).toEqual([v]);
      expect(await store.listEntities('member')).toEqual([ana]);
      expect(await store.getEntity('venue', v.id)).toEqual(v);
      expect(await store.getEntity('venue', ana.id)).toBeUndefined();
    });

    it('[R10] reads the last committed value, and nothing once deleted', async () => {
      const a = member('Ana');
      const b = member('Bruno');
      await commit(store, [
        { kind: 'member', id: a.id, value: a },
        { kind: 'member', id: b.id, value: b },
      ]);
      await commit(store, [{ kind: 'member', id: b.id, value: { ...b, name: 'Bruno L.' } }]);
      await commit(store, [{ kind: 'member', id: a.id, value: null }]);
      expect(await store.getEntity('member', a.id)).toBeUndefined();
      expect(await store.getEntity('member', b.id)).toEqual({ ...b, name: 'Bruno L.' });
      expect(await store.listEntities('member')).toEqual([{ ...b, name: 'Bruno L.' }]);
      await commit(store, [{ kind: 'member', id: a.id, value: a }]);
      expect(await store.getEntity('member', a.id)).toEqual(a);
    });

    it('[R10] sees nothing of a transaction that rolled back', async () => {
      const a = member('Ana');
      await expect(
        store.write(async (s) => {
          await s.writeEntities(await s.bumpVersion(), [{ kind: 'member', id: a.id, value: a }]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.listEntities('member')).toEqual([]);
    });
  });
}
