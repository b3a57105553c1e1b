// The storage-neutral tables the rebase algorithm runs on; each adapter implements them over its database.
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { ReadTx } from '../../shared/mutations/types.ts';
import type { RowWrite } from '../../shared/sync/overlay-tx.ts';
import { byCodePoint } from '../../shared/sync/order.ts';
import type { PendingMutation, StoredRejection, SyncMeta } from './port.ts';

/** Rows of entities by (kind, id): the base (server truth at `cookie`) and the view (base + outbox). */
export interface RowTable {
  get(kind: Kind, id: string): Promise<unknown>;
  /** Rows of one kind in id order (the same order on every adapter, so mutators see the same list). */
  list(kind: Kind): Promise<unknown[]>;
  /**
   * Rows of one kind whose `field` equals one of `values`, in id order: read through an index on
   * IndexedDB (schema 4), so a screen reads what it shows, not the whole kind.
   */
  listWhere(kind: Kind, field: IndexedField, values: readonly string[]): Promise<unknown[]>;
  put(kind: Kind, id: string, value: unknown): Promise<void>;
  del(kind: Kind, id: string): Promise<void>;
  /**
   * Puts and deletes many rows in one call (IndexedDB: one bulkPut and one bulkDelete) inside the
   * caller's transaction; `value: null` deletes. The keys must be distinct (see `lastWrites`).
   */
  writeMany(writes: readonly RowWrite[]): Promise<void>;
  clear(): Promise<void>;
  all(): Promise<Row[]>;
  /** Every row's key ("kind/id", `rowKey`), without reading the values. */
  keys(): Promise<string[]>;
}

/** The row fields the view is indexed by (dexie-db.ts, schema 4): a moment's day, its children, a member's. */
export const INDEXED_FIELDS = ['day', 'momentId', 'memberId', 'spotId'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

export interface Row {
  kind: Kind;
  id: string;
  value: unknown;
}

/** A pending mutation and the view keys its last (re)play wrote, so a rebase knows what to reset. */
export interface OutboxEntry extends PendingMutation {
  keys: string[];
}

export interface OutboxTable {
  put(entry: OutboxEntry): Promise<void>;
  /** Entries with id > afterID in id order, at most `limit` (all when omitted). */
  list(afterID: number, limit?: number): Promise<OutboxEntry[]>;
  deleteUpTo(id: number): Promise<void>;
  /** How many entries wait (IndexedDB: the primary key's count, no entry read). */
  count(): Promise<number>;
  /**
   * The distinct ids the waiting entries name (`args.id`, when a string), in code-point order:
   * read through the outbox's `args.id` index on IndexedDB (schema 5), not the entries themselves.
   */
  targets(): Promise<string[]>;
}

/** `targets()` computed from entries (the memory adapter; the index gives the same on IndexedDB). */
export function targetsOf(entries: Iterable<{ args: unknown }>): string[] {
  const ids = new Set<string>();
  for (const { args } of entries) {
    const id = (args as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string') ids.add(id);
  }
  return [...ids].sort(byCodePoint);
}

export interface RejectionTable {
  put(rejection: StoredRejection): Promise<void>;
  list(): Promise<StoredRejection[]>;
  del(id: number): Promise<void>;
}

export interface MetaTable {
  get(): Promise<SyncMeta>;
  put(meta: SyncMeta): Promise<void>;
}

export interface StoreTables {
  base: RowTable;
  view: RowTable;
  outbox: OutboxTable;
  rejections: RejectionTable;
  meta: MetaTable;
}

/** Something that can be subscribed to: a Dexie liveQuery, or the memory adapter's equivalent. */
export interface Subscribable<T> {
  subscribe(onNext: (value: T) => void, onError?: (error: unknown) => void): { unsubscribe(): void };
}

/** What an adapter provides: atomic transactions over its tables, and live queries. */
export interface StoreBackend {
  /** Runs `fn` atomically: every write it makes lands, or none does (it throws). */
  transact<T>(mode: 'r' | 'rw', fn: (tables: StoreTables) => Promise<T>): Promise<T>;
  /**
   * Runs `fn`, whose store reads then share one read transaction where the adapter can (Dexie:
   * the store's transactions inside it become parts of it): one snapshot, one transaction's cost.
   */
  readTogether<T>(fn: () => Promise<T>): Promise<T>;
  /** Re-runs `query` whenever the data it read may have changed (in this tab or, for Dexie, another). */
  observe<T>(query: () => Promise<T>): Subscribable<T>;
  close(): Promise<void>;
}

/** The one key format for a row: "kind/id" (a kind never contains "/"). */
export function rowKey(kind: Kind, id: string): string {
  return `${kind}/${id}`;
}

/** A row table as the ReadTx a mutator reads through (OverlayTx's base): its rows are stored entities. */
export function rowReader(table: RowTable): ReadTx {
  return {
    get: async <K extends Kind>(kind: K, id: string) => (await table.get(kind, id)) as Entity<K> | undefined,
    list: async <K extends Kind>(kind: K) => (await table.list(kind)) as Entity<K>[],
  };
}

/** Lands a mutation's writes (OverlayTx.writes()) in a table; returns the keys written. */
export async function landWrites(table: RowTable, writes: readonly RowWrite[]): Promise<string[]> {
  for (const { kind, id, value } of writes) {
    if (value === null) await table.del(kind, id);
    else await table.put(kind, id, value);
  }
  return writes.map((w) => rowKey(w.kind, w.id));
}

/** The last write of each key, in the order of those last writes: what a batch must land. */
export function lastWrites(writes: Iterable<RowWrite>): RowWrite[] {
  const last = new Map<string, RowWrite>();
  for (const w of writes) {
    const key = rowKey(w.kind, w.id);
    last.delete(key);
    last.set(key, w);
  }
  return [...last.values()];
}

export function parseRowKey(key: string): { kind: Kind; id: string } {
  const slash = key.indexOf('/');
  return { kind: key.slice(0, slash) as Kind, id: key.slice(slash + 1) };
}

/** The meta of a new database: nothing pulled, nothing queued, not signed in. */
export function initialMeta(clientID: string): SyncMeta {
  return { clientID, cookie: null, ackedMutationID: 0, nextMutationID: 1, lastSyncAt: null, session: null };
}
