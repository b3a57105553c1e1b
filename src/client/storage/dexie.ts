// The Dexie (IndexedDB) LocalStore adapter: the shared rebase algorithm over Dexie tables, one transaction each.
import type { Table } from 'dexie';
import { Dexie, liveQuery } from 'dexie';
import type { Kind } from '../../shared/domain/entities.ts';
import type { SyncMeta } from './port.ts';
import type { DexieDbOptions, PlanDb, RowRecord } from './dexie-db.ts';
import { openPlanDb } from './dexie-db.ts';
import type { LocalPreviewStore } from './previews.ts';
import { makeRoomWith } from './previews.ts';
import type { DexiePreviewOptions } from './previews-dexie.ts';
import { createDexiePreviewStore } from './previews-dexie.ts';
import type { TableStoreOptions } from './table-store.ts';
import { TableLocalStore } from './table-store.ts';
import type { RowTable, StoreBackend, StoreTables, Subscribable } from './tables.ts';
import { rowKey } from './tables.ts';
import { byCodePoint } from '../../shared/sync/order.ts';

export { DEFAULT_DB_NAME } from './dexie-db.ts';

export type DexieStoreOptions = DexieDbOptions & TableStoreOptions & { previews?: DexiePreviewOptions };

export interface DexieLocalStore extends TableLocalStore {
  /** The Dexie instance, for tests that close it under the store's feet. */
  readonly db: PlanDb;
  /** The snapshot queue beside the plan, in the same database; it frees room for taps. */
  readonly previews: LocalPreviewStore;
}

export function createDexieStore(options: DexieStoreOptions = {}): DexieLocalStore {
  const db = openPlanDb(options);
  const store = new TableLocalStore(new DexieBackend(db), options) as DexieLocalStore;
  const previews = createDexiePreviewStore(db, options.previews);
  // Taps before photos: a write refused for lack of space frees the reserve, then a snapshot.
  if (!options.makeRoom) store.setMakeRoom(makeRoomWith(previews));
  Object.defineProperty(store, 'db', { value: db });
  Object.defineProperty(store, 'previews', { value: previews });
  return store;
}

class DexieBackend implements StoreBackend {
  private closed = false;

  constructor(private readonly db: PlanDb) {}

  async transact<T>(mode: 'r' | 'rw', fn: (tables: StoreTables) => Promise<T>): Promise<T> {
    const tables = [this.db.base, this.db.view, this.db.outbox, this.db.rejections, this.db.meta];
    // The scope must be an `async` function: Dexie then keeps the transaction alive across native awaits.
    const run = () => this.db.transaction(mode, tables, async () => fn(this.tables()));
    try {
      return await run();
    } catch (error) {
      // The browser (or another tab's upgrade) closed the database: reopen once and retry.
      // A transaction that failed this way never committed, so running it again is safe.
      if (this.closed || !(error instanceof Dexie.DatabaseClosedError)) throw error;
      await this.db.open();
      return run();
    }
  }

  readTogether<T>(fn: () => Promise<T>): Promise<T> {
    const tables = [this.db.base, this.db.view, this.db.outbox, this.db.rejections, this.db.meta];
    return this.db.transaction('r', tables, fn);
  }

  observe<T>(query: () => Promise<T>): Subscribable<T> {
    return liveQuery(query);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.db.close();
  }

  private tables(): StoreTables {
    const db = this.db;
    return {
      base: rowTable(db.base, false),
      view: rowTable(db.view, true),
      outbox: {
        put: async (entry) => void (await db.outbox.put(entry)),
        list: (afterID, limit) => {
          const above = db.outbox.where('id').above(afterID);
          return (limit === undefined ? above : above.limit(limit)).toArray();
        },
        deleteUpTo: async (id) => void (await db.outbox.where('id').belowOrEqual(id).delete()),
        count: () => db.outbox.count(),
        // Schema 5's index: the distinct keys only, never the entries (their args, their keys).
        targets: async () =>
          ((await db.outbox.orderBy('args.id').uniqueKeys()) as unknown[])
            .filter((k): k is string => typeof k === 'string')
            .sort(byCodePoint),
      },
      rejections: {
        put: async (r) => void (await db.rejections.put(r)),
        list: () => db.rejections.orderBy('id').toArray(),
        del: (id) => db.rejections.delete(id),
      },
      meta: {
        get: async () => {
          const record = await db.meta.get('sync');
          if (!record)
            throw new Error('the local store has no sync meta: was the database created by this app?');
          const { key: _key, ...meta } = record;
          return meta satisfies SyncMeta;
        },
        put: async (meta) => void (await db.meta.put({ key: 'sync', ...meta })),
      },
    };
  }
}

function rowTable(table: Table<RowRecord, [Kind, string]>, indexed: boolean): RowTable {
  return {
    get: async (kind, id) => (await table.get([kind, id]))?.value,
    list: async (kind) => (await table.where('kind').equals(kind).toArray()).map((r) => r.value),
    listWhere: async (kind, field, values) => {
      if (!indexed) {
        // The base has no such index (only the view is read by screens): filter the kind.
        const wanted = new Set(values);
        const rows = await table.where('kind').equals(kind).toArray();
        return rows
          .filter((r) => wanted.has((r.value as Record<string, unknown>)[field] as string))
          .map((r) => r.value);
      }
      // One key range per value (equals), in parallel: cheaper than anyOf's cursor walk for a few keys.
      const index = table.where(`[kind+value.${field}]`);
      const parts = await Promise.all([...new Set(values)].map((v) => index.equals([kind, v]).toArray()));
      return parts
        .flat()
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((r) => r.value);
    },
    put: async (kind, id, value) => void (await table.put({ kind, id, value })),
    del: (kind, id) => table.delete([kind, id]),
    writeMany: async (writes) => {
      const puts = writes.filter((w) => w.value !== null).map(({ kind, id, value }) => ({ kind, id, value }));
      const dels = writes.filter((w) => w.value === null).map(({ kind, id }): [Kind, string] => [kind, id]);
      if (puts.length > 0) await table.bulkPut(puts);
      if (dels.length > 0) await table.bulkDelete(dels);
    },
    clear: () => table.clear(),
    all: () => table.toArray(),
    keys: async () => (await table.toCollection().primaryKeys()).map(([kind, id]) => rowKey(kind, id)),
  };
}
