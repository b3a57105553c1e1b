// The StoreHealth and StoreLifecycle ports' contract (ports/health.ts): readiness, the write probe, the first-start lock.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreHealth, StoreLifecycle } from '../../../src/server/db/ports/health.ts';
import type { RowReader } from '../../../src/server/db/ports/rows.ts';
import type { SyncStorage } from '../../../src/server/db/ports/sync-storage.ts';
import type { OpenStore } from './fixtures.ts';
import { commit, venue } from './fixtures.ts';

export function runStoreHealthContract(
  name: string,
  open: OpenStore<StoreHealth & StoreLifecycle & SyncStorage & RowReader>,
): void {
  describe(`StoreHealth contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('[R10] has no write fault while writes work, and a probe write that leaves nothing behind', async () => {
      expect(store.writeFault()).toBeUndefined();
      await store.probeWrite();
      expect(store.writeFault()).toBeUndefined();
      expect(await store.version()).toBe(0);
      expect((await store.pullSnapshot(randomUUID(), null, 0)).changes).toEqual([]);
      await store.ping();
    });

    it('counts the statements it runs', async () => {
      const before = store.statementCount();
      await commit(store, [{ kind: 'venue', id: randomUUID(), value: venue('Arena') }]);
      expect(store.statementCount()).toBeGreaterThan(before);
    });

    it('runs first-start work under its lock, one caller at a time', async () => {
      const order: string[] = [];
      const step = (label: string) => async () => {
        order.push(`${label} in`);
        await commit(store, [{ kind: 'venue', id: randomUUID(), value: venue(label) }]);
        order.push(`${label} out`);
        return label;
      };
      expect(await Promise.all([store.withStartLock(step('a')), store.withStartLock(step('b'))])).toEqual([
        'a',
        'b',
      ]);
      // Whichever goes first, the other starts only once it is done.
      const first = order[0]!.split(' ')[0];
      const second = first === 'a' ? 'b' : 'a';
      expect(order).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
      expect(await store.listEntities('venue')).toHaveLength(2);
    });

    it('lets a start-lock holder that throws free the lock for the next', async () => {
      await expect(store.withStartLock(() => Promise.reject(new Error('seed failed')))).rejects.toThrow(
        'seed failed',
      );
      expect(await store.withStartLock(async () => 'next')).toBe('next');
    });
  });
}
