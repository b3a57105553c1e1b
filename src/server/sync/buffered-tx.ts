// A WriteTx that keeps a mutation's writes in memory until it succeeds: a rejected mutation leaves no trace.
import type { AnyEntity, Entity, Kind } from '../../shared/domain/entities.ts';
import type { ReadTx, WriteTx } from '../../shared/mutations/types.ts';
import type { EntityWrite } from '../db/port.ts';

export class BufferedTx implements WriteTx {
  /** `kind/id` → the row as written, or null when deleted; reads see these before the base. */
  private readonly overlay = new Map<string, EntityWrite>();

  constructor(private readonly base: ReadTx) {}

  async get<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined> {
    const written = this.overlay.get(`${kind}/${id}`);
    if (written) return written.value === null ? undefined : (structuredClone(written.value) as Entity<K>);
    return this.base.get(kind, id);
  }

  async list<K extends Kind>(kind: K): Promise<Entity<K>[]> {
    const rows = new Map((await this.base.list(kind)).map((row) => [row.id, row]));
    for (const w of this.overlay.values()) {
      if (w.kind !== kind) continue;
      if (w.value === null) rows.delete(w.id);
      else rows.set(w.id, structuredClone(w.value) as Entity<K>);
    }
    return [...rows.values()];
  }

  async put<K extends Kind>(kind: K, value: Entity<K>): Promise<void> {
    this.overlay.set(`${kind}/${value.id}`, {
      kind,
      id: value.id,
      value: structuredClone(value) as AnyEntity,
    });
  }

  async del(kind: Kind, id: string): Promise<void> {
    this.overlay.set(`${kind}/${id}`, { kind, id, value: null });
  }

  /** Every row the mutation wrote, last write per row. */
  writes(): EntityWrite[] {
    return [...this.overlay.values()];
  }
}
