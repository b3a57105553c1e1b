// An in-memory WriteTx: the smallest store a mutator can run against, for unit tests.
import type { Entity, Kind } from '../../src/shared/domain/entities.ts';
import type { WriteTx } from '../../src/shared/mutations/types.ts';

export class MemoryTx implements WriteTx {
  readonly rows = new Map<string, unknown>();

  async get<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined> {
    return structuredClone(this.rows.get(`${kind}/${id}`)) as Entity<K> | undefined;
  }

  async list<K extends Kind>(kind: K): Promise<Entity<K>[]> {
    return [...this.rows.entries()]
      .filter(([key]) => key.startsWith(`${kind}/`))
      .map(([, value]) => structuredClone(value) as Entity<K>);
  }

  async put<K extends Kind>(kind: K, value: Entity<K>): Promise<void> {
    this.rows.set(`${kind}/${value.id}`, structuredClone(value));
  }

  async del(kind: Kind, id: string): Promise<void> {
    this.rows.delete(`${kind}/${id}`);
  }
}
