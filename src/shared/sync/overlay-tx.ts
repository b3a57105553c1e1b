// The transaction every mutator runs in, on the phone, on the server and in tests: writes wait in
// an overlay over a read-only base and land only if the mutator succeeds (SYNC-RULES R10, R11).
import type { AnyEntity, Entity, Kind } from '../domain/entities.ts';
import type { ReadTx, WriteTx } from '../mutations/types.ts';
import { byCodePoint } from './order.ts';

/** A row written by a mutation: `value` null means deleted. */
export interface RowWrite {
  kind: Kind;
  id: string;
  value: AnyEntity | null;
}

/** A base with no rows: an OverlayTx over it is a whole store in memory (tests, a first seed). */
export const EMPTY_BASE: ReadTx = {
  get: async () => undefined,
  list: async () => [],
};

/**
 * A WriteTx that buffers a mutation's puts and deletes over `base`, which it never writes to.
 * Reads see the buffered writes first (a mutator reads its own writes). The caller takes
 * `writes()` once the mutator has returned and lands them in its own store (the server in its
 * database transaction, the phone in its view table); a mutator that throws leaves nothing.
 *
 * - `get` returns a copy the caller may change; `undefined` when the row is absent or deleted.
 * - `list` returns every live row of a kind in code-point order of id (byCodePoint), whatever
 *   order the base gives and whatever was buffered, so a mutator sees the same list on every replica.
 * - Values are copied on `put` (changing the object afterwards does not change the write) and on
 *   every read from the overlay; rows from `base` are passed through, so a base must hand out
 *   fresh objects (the databases and the phone's tables do).
 */
export class OverlayTx implements WriteTx {
  /** `kind/id` → the last write of that row, in the order rows were first written. */
  private readonly overlay = new Map<string, RowWrite>();

  constructor(private readonly base: ReadTx) {}

  async get<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined> {
    const written = this.overlay.get(key(kind, id));
    if (!written) return this.base.get(kind, id);
    return written.value === null ? undefined : (structuredClone(written.value) as Entity<K>);
  }

  async list<K extends Kind>(kind: K): Promise<Entity<K>[]> {
    const rows = new Map<string, Entity<K>>();
    for (const row of await this.base.list(kind)) rows.set(row.id, row);
    for (const w of this.overlay.values()) {
      if (w.kind !== kind) continue;
      if (w.value === null) rows.delete(w.id);
      else rows.set(w.id, structuredClone(w.value) as Entity<K>);
    }
    return [...rows.entries()].sort(([a], [b]) => byCodePoint(a, b)).map(([, row]) => row);
  }

  async put<K extends Kind>(kind: K, value: Entity<K>): Promise<void> {
    this.overlay.set(key(kind, value.id), { kind, id: value.id, value: structuredClone(value) as AnyEntity });
  }

  async del(kind: Kind, id: string): Promise<void> {
    this.overlay.set(key(kind, id), { kind, id, value: null });
  }

  /** Every row written so far, the last write of each, in the order rows were first written. */
  writes(): RowWrite[] {
    return [...this.overlay.values()];
  }
}

const key = (kind: Kind, id: string) => `${kind}/${id}`;
