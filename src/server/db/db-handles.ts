// What a store needs beside its Kysely instance: the raw SQLite handle or pg pool (the push's path) and the statement counter.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { StatementCounter } from './sql-exec.ts';

const sqliteHandles = new WeakMap<Kysely<never>, BetterSqlite3.Database>();
const counters = new WeakMap<Kysely<never>, StatementCounter>();
const pools = new WeakMap<Kysely<never>, pg.Pool>();

/** A counter for a Kysely instance about to be built: pass `countingLog(counter)` as its `log`. */
export function newCounter(): StatementCounter {
  return { statements: 0 };
}

/** Kysely's `log` hook: one call per query it runs (raw ones included). */
export const countingLog = (counter: StatementCounter) => (event: { query: { sql: string } }) => {
  counter.statements++;
  counter.trace?.(event.query.sql);
};

/** Remembers what the dialect factory opened beside `db`. */
export function registerHandles(
  db: Kysely<never>,
  handles: { sqlite?: BetterSqlite3.Database; pool?: pg.Pool; counter: StatementCounter },
): void {
  if (handles.sqlite) sqliteHandles.set(db, handles.sqlite);
  if (handles.pool) pools.set(db, handles.pool);
  counters.set(db, handles.counter);
}

/** The better-sqlite3 connection under `db`, if it is one of ours on SQLite. */
export function sqliteHandleOf(db: Kysely<never>): BetterSqlite3.Database | undefined {
  return sqliteHandles.get(db);
}

/** The pg pool under `db`, if it is one of ours on PostgreSQL (the push takes its own client from it). */
export function pgPoolOf(db: Kysely<never>): pg.Pool | undefined {
  return pools.get(db);
}

/** The statement counter of `db` (a fresh one, never counted, for a Kysely we did not open). */
export function counterOf(db: Kysely<never>): StatementCounter {
  let counter = counters.get(db);
  if (!counter) counters.set(db, (counter = newCounter()));
  return counter;
}
