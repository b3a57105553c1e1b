// The LocalStore port implemented once over a StoreBackend; the Dexie and memory adapters supply the backend.
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { MutationArgs, MutationName } from '../../shared/mutations/registry.ts';
import type { Actor } from '../../shared/mutations/types.ts';
import type { PullResponse } from '../../shared/protocol/messages.ts';
import type {
  LocalStore,
  MutateResult,
  PendingMutation,
  SetAside,
  StoredRejection,
  StoredSession,
  StoreLayers,
  SyncMeta,
} from './port.ts';
import type { MakeRoom } from './errors.ts';
import type * as WriterModule from './writer.ts';
import { withRoom } from './errors.ts';
import type { IndexedField, OutboxEntry, StoreBackend, StoreTables, Subscribable } from './tables.ts';

type Writer = typeof WriterModule;

/** The write side (mutators, schemas, rebase), fetched once at the first write; reads never need it. */
let writer: Promise<Writer> | undefined;
export function loadWriter(): Promise<Writer> {
  writer ??= import('./writer.ts');
  // A failed fetch (offline phone, chunk missing) is tried again at the next write.
  writer.catch(() => (writer = undefined));
  return writer;
}

/** A programming error: the UI called mutate() with arguments the mutation's schema refuses. */
export class InvalidMutationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMutationError';
  }
}

/** The LocalStore plus live queries, which the React hooks use. */
export interface LiveLocalStore extends LocalStore {
  /** Re-runs `query` whenever the store may have changed (Dexie: also after other tabs' writes). */
  observe<T>(query: () => Promise<T>): Subscribable<T>;
  onMutate(listener: (mutationID: number) => void): () => void;
  /** Runs `fn`'s reads of this store in one read transaction where the adapter can (StoreBackend). */
  readTogether<T>(fn: () => Promise<T>): Promise<T>;
  listWhere<K extends Kind>(kind: K, field: IndexedField, values: readonly string[]): Promise<Entity<K>[]>;
  getMany<K extends Kind>(kind: K, ids: readonly string[]): Promise<Entity<K>[]>;
  /** How many changes wait on this phone (the outbox's size), without reading them. */
  pendingCount(): Promise<number>;
  /**
   * The ids of the rows a waiting change names (each change's `args.id`), distinct, in code-point
   * order, read through the outbox's index (schema 5): what a screen marks "waiting on this phone".
   */
  pendingTargets(): Promise<string[]>;
}

export interface TableStoreOptions {
  /** The clock, for `at` and `lastSyncAt`; tests pass a fixed one. */
  now?: () => Date;
  /**
   * Frees space when the browser refuses a write for lack of it (the reserve, the newest snapshot
   * for a tap); the write is then tried again. Without it a full phone throws StorageFullError.
   */
  makeRoom?: MakeRoom;
}

export class TableLocalStore implements LiveLocalStore {
  private readonly listeners = new Set<(mutationID: number) => void>();
  private readonly now: () => Date;
  private makeRoom: MakeRoom | undefined;

  constructor(
    private readonly backend: StoreBackend,
    options: TableStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.makeRoom = options.makeRoom;
  }

  /** Sets who frees space on a full phone (the snapshot store, created after the store). */
  setMakeRoom(makeRoom: MakeRoom | undefined): void {
    this.makeRoom = makeRoom;
  }

  /** A read-write transaction that frees space and retries when the phone is full. */
  private write<T>(purpose: 'tap' | 'sync', fn: (t: StoreTables) => Promise<T>): Promise<T> {
    return withRoom(() => this.backend.transact('rw', fn), this.makeRoom, purpose);
  }

  async mutate<N extends MutationName>(name: N, args: MutationArgs<N>, actor: Actor): Promise<MutateResult> {
    const { MUTATIONS, describeIssues, mutateIn } = await loadWriter();
    const def = MUTATIONS.get(name);
    if (!def) throw new InvalidMutationError(`unknown mutation ${name}`);
    const parsed = def.args.safeParse(args);
    if (!parsed.success) throw new InvalidMutationError(`${name}: ${describeIssues(parsed.error)}`);
    const at = this.now().toISOString();
    // A tap always finds room if any can be made: the reserve first, then the newest snapshot.
    const result = await this.write('tap', (t) => mutateIn(t, { name, args, at }, actor));
    for (const listener of this.listeners) listener(result.mutationID);
    return result;
  }

  async pending(limit: number, afterID = 0): Promise<PendingMutation[]> {
    const entries = await this.backend.transact('r', (t) => t.outbox.list(afterID, limit));
    return entries.map(toPending);
  }

  pendingCount(): Promise<number> {
    return this.backend.transact('r', (t) => t.outbox.count());
  }

  pendingTargets(): Promise<string[]> {
    return this.backend.transact('r', (t) => t.outbox.targets());
  }

  async applyPull(response: PullResponse, actor: Actor): Promise<void> {
    const { ackIn, finishPullIn, patchChunkIn, planPull } = await loadWriter();
    const now = this.now().toISOString();
    const plan = planPull(response); // throws on an invalid row before anything is written
    // Acknowledgements first, in their own small transaction: they never wait on the patch.
    if (!(await this.write('sync', (t) => ackIn(t, plan, now)))) return;
    for (const [i, chunk] of plan.chunks.entries()) {
      await this.write('sync', (t) => patchChunkIn(t, chunk, plan.clears && i === 0));
    }
    await this.write('sync', (t) => finishPullIn(t, plan, actor, now));
  }

  getMeta(): Promise<SyncMeta> {
    return this.backend.transact('r', (t) => t.meta.get());
  }

  setSession(session: StoredSession | null): Promise<void> {
    return this.write('sync', async (t) => t.meta.put({ ...(await t.meta.get()), session }));
  }

  setAside(aside: SetAside | null): Promise<void> {
    return this.write('sync', async (t) => {
      const { setAside: _old, ...meta } = await t.meta.get();
      await t.meta.put(aside ? { ...meta, setAside: aside } : meta);
    });
  }

  get<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined> {
    return this.backend.transact('r', async (t) => (await t.view.get(kind, id)) as Entity<K> | undefined);
  }

  list<K extends Kind>(kind: K): Promise<Entity<K>[]> {
    return this.backend.transact('r', async (t) => (await t.view.list(kind)) as Entity<K>[]);
  }

  /**
   * The view's rows of `kind` whose `field` equals one of `values`, in id order, read through an
   * index (IndexedDB) rather than the whole kind: what a screen shows of a day, a moment, a member.
   */
  listWhere<K extends Kind>(kind: K, field: IndexedField, values: readonly string[]): Promise<Entity<K>[]> {
    if (values.length === 0) return Promise.resolve([]);
    return this.backend.transact(
      'r',
      async (t) => (await t.view.listWhere(kind, field, values)) as Entity<K>[],
    );
  }

  /** The view's rows of `kind` with these ids (missing ones left out), in one transaction. */
  getMany<K extends Kind>(kind: K, ids: readonly string[]): Promise<Entity<K>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.backend.transact('r', async (t) => {
      const rows = await Promise.all([...new Set(ids)].map((id) => t.view.get(kind, id)));
      return rows.filter((r) => r !== undefined) as Entity<K>[];
    });
  }

  layers(): Promise<StoreLayers> {
    return this.backend.transact('r', async (t) => ({
      cookie: (await t.meta.get()).cookie,
      base: (await t.base.all()) as StoreLayers['base'],
      outbox: (await t.outbox.list(0)).map(toPending),
    }));
  }

  rejections(): Promise<StoredRejection[]> {
    return this.backend.transact('r', (t) => t.rejections.list());
  }

  dismissRejection(id: number): Promise<void> {
    return this.write('sync', (t) => t.rejections.del(id));
  }

  readTogether<T>(fn: () => Promise<T>): Promise<T> {
    return this.backend.readTogether(fn);
  }

  observe<T>(query: () => Promise<T>): Subscribable<T> {
    return this.backend.observe(query);
  }

  onMutate(listener: (mutationID: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    this.listeners.clear();
    return this.backend.close();
  }
}

function toPending(entry: OutboxEntry): PendingMutation {
  const { keys: _keys, ...pending } = entry;
  return pending;
}
