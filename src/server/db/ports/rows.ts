// The rows port: the plan's live rows (members, venues, moments…) read outside a sync transaction.
import type { Entity, Kind } from '../../../shared/domain/entities.ts';

/**
 * Reads the committed rows, each parsed to its domain type (`src/shared/domain`), tombstones never.
 * Rows are written only through SyncStorage.write, so what is read here is some committed version
 * (R10); a row that no longer parses throws (the caller reports it, R4 `invalid_row`).
 */
export interface RowReader {
  /** The live row of this kind and id; undefined when absent, deleted, or of another kind. */
  getEntity<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined>;
  /** Every live row of one kind, in no promised order. */
  listEntities<K extends Kind>(kind: K): Promise<Entity<K>[]>;
}
