// The store's health and life port: readiness, storage faults, the first-start lock, closing.
import type { StorageFault } from '../storage-fault.ts';

export interface WriteFault extends StorageFault {
  /** When writes started failing (ISO 8601 UTC, server clock). */
  since: string;
  /** The database's own message, e.g. "database or disk is full". */
  detail: string;
}

/** What the readiness probe and the operator see of the database. */
export interface StoreHealth {
  /** Throws if the database does not answer (readiness probe). */
  ping(): Promise<void>;
  /**
   * The storage fault (disk full, I/O error…) the last failed write met, with when it first did;
   * undefined once `probeWrite` succeeds again. Transient faults (a busy lock) are not kept.
   */
  writeFault(): WriteFault | undefined;
  /**
   * A small real write transaction (SQLite: then a passive WAL checkpoint, which needs the disk to
   * take the WAL's pages): throws the storage's error while writes fail; on success clears
   * `writeFault`. It leaves no row and does not move the space version.
   */
  probeWrite(): Promise<void>;
  /** SQL statements this store has executed since it was opened (on PostgreSQL, each a round trip). */
  statementCount(): number;
}

/** Opening work and closing. */
export interface StoreLifecycle {
  /**
   * Runs `fn` holding the database-wide first-start lock, so server processes starting together on
   * one database seed it once and mint one admin link: PostgreSQL `pg_advisory_xact_lock` held by a
   * transaction of its own for as long as `fn` runs; SQLite: a lock of this process only (one server
   * per file). `fn` may use the store (other connections). Callers run one at a time, in no promised order.
   */
  withStartLock<T>(fn: () => Promise<T>): Promise<T>;
  /** Waits for queued writes, then closes the connections; the store is unusable after. */
  close(): Promise<void>;
}
