// The push's path to the database, per dialect: open + first read in one go, a whole flush in one statement, commit.
import type { Kind } from '../../shared/domain/entities.ts';
import type { SqlExec } from './sql-exec.ts';

/** A row to read in the opening read: the entity `kind/id`. */
export interface RowKey {
  kind: Kind;
  id: string;
}

/** What the opening read of a write transaction found, under the write lock. */
export interface OpeningRead {
  /** The space row: its version and the last mutation log sequence number. */
  space: { version: number; logSeq: number };
  /** client_id → last_mutation_id, for the asked clients that have a row (absent: 0). */
  lasts: Map<string, number>;
  /** `kind/id` → the stored JSON of each asked row that is live (absent or deleted: not in the map). */
  rows: Map<string, string>;
}

/** One mutation log row, by column (rows.ts `logEntryToRow`, plus its sequence number). */
export type LogRow = Record<string, unknown>;

/**
 * Everything a write transaction wrote, as the database must end up holding it. Each entity key
 * appears once (its last write); `space` is null when neither the version nor the log moved.
 */
export interface FlushBatch {
  live: { kind: Kind; id: string; data: string; version: number }[];
  /** Deleted rows: those in the database become tombstones; those never stored leave nothing. */
  dead: { kind: Kind; id: string; version: number }[];
  logs: LogRow[];
  changes: {
    client_id: string;
    mutation_id: number;
    seq: number;
    kind: Kind;
    entity_id: string;
    /** The whole before-row (JSON) on a deletion; null on a creation and when `before_delta` holds it. */
    before: string | null;
    /** The before-row as a BeforeDelta from `after` (audit-delta.ts, migration 0011), or null. */
    before_delta: string | null;
    after: string | null;
  }[];
  clients: { client_id: string; last_mutation_id: number }[];
  space: { version: number; log_seq: number } | null;
}

/**
 * The statements of one write transaction on one connection. Invariants: `open` is called once,
 * before any other read, and takes the write lock if `begin` did not (PostgreSQL: BEGIN, the space
 * row FOR UPDATE and the read go in ONE round trip); `flush` writes a whole FlushBatch in one
 * statement; `exec` runs any other read or write of the transaction. Every statement (PostgreSQL:
 * round trip) is counted by the store's counter.
 */
export interface HotPath {
  exec: SqlExec;
  /** Starts the transaction where the dialect needs it before anything else (SQLite `begin immediate`). */
  begin(): Promise<void>;
  open(clientIDs: readonly string[], keys: readonly RowKey[]): Promise<OpeningRead>;
  flush(batch: FlushBatch): Promise<void>;
  /** Commits; a no-op when the transaction never started (nothing was read or written). */
  commit(): Promise<void>;
  /** Rolls back if a transaction is open; never throws (the caller rethrows the first error). */
  rollback(): Promise<void>;
}

/** The columns of a mutation log row, in the order every flush writes them. */
export const LOG_COLUMNS = [
  'client_id',
  'mutation_id',
  'member_id',
  'device_id',
  'name',
  'args',
  'at',
  'status',
  'reason',
  'version',
  'logged_at',
  'target_kind',
  'target_id',
  'seq',
  'code',
  'params',
  'clock_off',
] as const;

/** Integer columns of the log (the rest are text). */
export const LOG_INTEGER_COLUMNS: ReadonlySet<string> = new Set([
  'mutation_id',
  'version',
  'seq',
  'clock_off',
]);

export const rowKey = (kind: string, id: string) => `${kind}/${id}`;
