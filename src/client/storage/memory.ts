// The in-memory LocalStore adapter: same algorithm as Dexie, for property tests, benches and Node.
import type { Kind } from '../../shared/domain/entities.ts';
import type { StoredRejection, SyncMeta } from './port.ts';
import type { TableStoreOptions } from './table-store.ts';
import { TableLocalStore } from './table-store.ts';
import type { OutboxEntry, RowTable, StoreBackend, StoreTables, Subscribable } from './tables.ts';
import { initialMeta, rowKey, targetsOf } from './tables.ts';
import { byCodePoint } from '../../shared/sync/order.ts';

type Rows = Map<Kind, Map<string, unknown>>;

interface State {
  base: Rows;
  view: Rows;
  outbox: Map<number, OutboxEntry>;
  rejections: Map<number, StoredRejection>;
  meta: SyncMeta;
}

export interface MemoryStoreOptions extends TableStoreOptions {
  clientID?: string;
  /**
   * Simulates a full phone: a write to `table` for which it returns true fails the transaction
   * with a QuotaExceededError, as IndexedDB does (tests of the taps-before-photos rules).
   */
  refuseWrite?: (table: keyof StoreTables) => boolean;
}

/** A fresh in-memory store with its own clientID (a new "database"). */
export function createMemoryStore(options: MemoryStoreOptions = {}): TableLocalStore {
  const backend = new MemoryBackend(options.clientID ?? crypto.randomUUID(), options.refuseWrite);
  return new TableLocalStore(backend, options);
}

/**
 * Transactions run one at a time (like IndexedDB's readwrite ones) on a copy-on-write working
 * state that replaces the committed state only if the transaction's function resolves.
 */
class MemoryBackend implements StoreBackend {
  private state: State;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new Set<() => void>();
  private closed = false;

  constructor(
    clientID: string,
    private readonly refuseWrite?: (table: keyof StoreTables) => boolean,
  ) {
    const empty = (): Rows => new Map();
    this.state = {
      base: empty(),
      view: empty(),
      outbox: new Map(),
      rejections: new Map(),
      meta: initialMeta(clientID),
    };
  }

  transact<T>(mode: 'r' | 'rw', fn: (tables: StoreTables) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.closed) throw new Error('the local store is closed');
      if (mode === 'r') return fn(tablesOver({ ...this.state }));
      const working = { ...this.state };
      const result = await fn(refusing(tablesOver(working), this.refuseWrite));
      this.state = working;
      for (const listener of this.changed) listener();
      return result;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  readTogether<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  observe<T>(query: () => Promise<T>): Subscribable<T> {
    return {
      subscribe: (onNext, onError) => {
        let latest = 0;
        let active = true;
        // After unsubscribe nothing is emitted: dexie-react-hooks subscribes and unsubscribes at once
        // during render, and a late value from that probe would be taken as already shown.
        const rerun = () => {
          const ticket = ++latest;
          query().then(
            (value) => active && ticket === latest && onNext(value),
            (error: unknown) => active && ticket === latest && onError?.(error),
          );
        };
        this.changed.add(rerun);
        rerun();
        return {
          unsubscribe: () => {
            active = false;
            this.changed.delete(rerun);
          },
        };
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.changed.clear();
  }
}

/** The tables with writes refused where `refuse` says the phone is full. */
function refusing(t: StoreTables, refuse: ((table: keyof StoreTables) => boolean) | undefined): StoreTables {
  if (!refuse) return t;
  const guard =
    <A extends unknown[]>(table: keyof StoreTables, write: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      if (refuse(table)) throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
      return write(...args);
    };
  const rows = (name: 'base' | 'view') => ({
    ...t[name],
    put: guard(name, t[name].put),
    writeMany: guard(name, t[name].writeMany),
  });
  return {
    base: rows('base'),
    view: rows('view'),
    outbox: { ...t.outbox, put: guard('outbox', t.outbox.put) },
    rejections: { ...t.rejections, put: guard('rejections', t.rejections.put) },
    meta: { ...t.meta, put: guard('meta', t.meta.put) },
  };
}

/** Tables over a working state; the first write to a table (or a kind) copies it. */
function tablesOver(s: State): StoreTables {
  let outboxCopied = false;
  let rejectionsCopied = false;
  const outbox = () => (outboxCopied ? s.outbox : ((outboxCopied = true), (s.outbox = new Map(s.outbox))));
  const rejections = () =>
    rejectionsCopied ? s.rejections : ((rejectionsCopied = true), (s.rejections = new Map(s.rejections)));
  return {
    base: rowTable(s, 'base'),
    view: rowTable(s, 'view'),
    outbox: {
      put: async (entry) => void outbox().set(entry.id, structuredClone(entry)),
      list: async (afterID, limit = Infinity) =>
        [...s.outbox.values()]
          .filter((e) => e.id > afterID)
          .sort((a, b) => a.id - b.id)
          .slice(0, limit)
          .map((e) => structuredClone(e)),
      deleteUpTo: async (id) => {
        for (const key of [...s.outbox.keys()]) if (key <= id) outbox().delete(key);
      },
      count: async () => s.outbox.size,
      targets: async () => targetsOf(s.outbox.values()),
    },
    rejections: {
      put: async (r) => void rejections().set(r.id, structuredClone(r)),
      list: async () => [...s.rejections.values()].sort((a, b) => a.id - b.id).map((r) => structuredClone(r)),
      del: async (id) => void rejections().delete(id),
    },
    meta: {
      get: async () => structuredClone(s.meta),
      put: async (meta) => void (s.meta = structuredClone(meta)),
    },
  };
}

function rowTable(s: State, name: 'base' | 'view'): RowTable {
  const copied = new Set<Kind>();
  let outerCopied = false;
  const writable = (kind: Kind): Map<string, unknown> => {
    if (!outerCopied) {
      s[name] = new Map(s[name]);
      outerCopied = true;
    }
    if (!copied.has(kind)) {
      s[name].set(kind, new Map(s[name].get(kind)));
      copied.add(kind);
    }
    return s[name].get(kind)!;
  };
  const sorted = (rows: Map<string, unknown> | undefined) =>
    [...(rows ?? new Map<string, unknown>()).entries()].sort(([a], [b]) => byCodePoint(a, b));
  return {
    get: async (kind, id) => structuredClone(s[name].get(kind)?.get(id)),
    list: async (kind) => sorted(s[name].get(kind)).map(([, value]) => structuredClone(value)),
    listWhere: async (kind, field, values) => {
      const wanted = new Set(values);
      return sorted(s[name].get(kind))
        .filter(([, value]) => wanted.has((value as Record<string, unknown>)[field] as string))
        .map(([, value]) => structuredClone(value));
    },
    put: async (kind, id, value) => void writable(kind).set(id, structuredClone(value)),
    del: async (kind, id) => void writable(kind).delete(id),
    writeMany: async (writes) => {
      for (const { kind, id, value } of writes) {
        if (value === null) writable(kind).delete(id);
        else writable(kind).set(id, structuredClone(value));
      }
    },
    clear: async () => {
      s[name] = new Map();
      outerCopied = true;
      copied.clear();
    },
    all: async () =>
      [...s[name].entries()].flatMap(([kind, rows]) =>
        sorted(rows).map(([id, value]) => ({ kind, id, value: structuredClone(value) })),
      ),
    keys: async () =>
      [...s[name].entries()].flatMap(([kind, rows]) => [...rows.keys()].map((id) => rowKey(kind, id))),
  };
}
