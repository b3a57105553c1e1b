// A WriteTx over a row table that buffers writes, so a mutator's changes land only if it succeeds.
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { WriteTx } from '../../shared/mutations/types.ts';
import type { RowTable } from './tables.ts';
import { rowKey } from './tables.ts';

interface Write {
  kind: Kind;
  id: string;
  /** undefined: the row is deleted. */
  value: unknown;
}

export class BufferedTx implements WriteTx {
  private readonly writes = new Map<string, Write>();

  constructor(private readonly table: RowTable) {}

  async get<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined> {
    const write = this.writes.get(rowKey(kind, id));
    const value = write ? write.value : await this.table.get(kind, id);
    return value === undefined ? undefined : (structuredClone(value) as Entity<K>);
  }

  async list<K extends Kind>(kind: K): Promise<Entity<K>[]> {
    const byId = new Map<string, unknown>();
    for (const value of await this.table.list(kind)) byId.set((value as { id: string }).id, value);
    for (const write of this.writes.values()) {
      if (write.kind !== kind) continue;
      if (write.value === undefined) byId.delete(write.id);
      else byId.set(write.id, write.value);
    }
    // Id order, as the tables return it, so a mutator sees the same list whatever was buffered.
    return [...byId.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, value]) => structuredClone(value) as Entity<K>);
  }

  async put<K extends Kind>(kind: K, value: Entity<K>): Promise<void> {
    this.writes.set(rowKey(kind, value.id), { kind, id: value.id, value: structuredClone(value) });
  }

  async del(kind: Kind, id: string): Promise<void> {
    this.writes.set(rowKey(kind, id), { kind, id, value: undefined });
  }

  /** Writes the buffered changes to the table; returns the keys written. */
  async flush(): Promise<string[]> {
    for (const { kind, id, value } of this.writes.values()) {
      if (value === undefined) await this.table.del(kind, id);
      else await this.table.put(kind, id, value);
    }
    return [...this.writes.keys()];
  }
}
