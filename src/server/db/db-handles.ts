// What a store needs beside its Kysely instance: the raw SQLite handle (prepared statements) and the statement counter.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { StatementCounter } from './sql-exec.ts';

const sqliteHandles = new WeakMap<Kysely<never>, BetterSqlite3.Database>();
const counters = new WeakMap<Kysely<never>, StatementCounter>();

/** A counter for a Kysely instance about to be built: pass `countingLog(counter)` as its `log`. */
export function newCounter(): StatementCounter {
  return { statements: 0 };
}

/** Kysely's `log` hook: one call per query it runs (raw ones included). */
export const countingLog = (counter: StatementCounter) => () => {
  counter.statements++;
};

/** Remembers what the dialect factory opened beside `db`. */
export function registerHandles(
  db: Kysely<never>,
  handles: { sqlite?: BetterSqlite3.Database; counter: StatementCounter },
): void {
  if (handles.sqlite) sqliteHandles.set(db, handles.sqlite);
  counters.set(db, handles.counter);
}

/** The better-sqlite3 connection under `db`, if it is one of ours on SQLite. */
export function sqliteHandleOf(db: Kysely<never>): BetterSqlite3.Database | undefined {
  return sqliteHandles.get(db);
}

/** The statement counter of `db` (a fresh one, never counted, for a Kysely we did not open). */
export function counterOf(db: Kysely<never>): StatementCounter {
  let counter = counters.get(db);
  if (!counter) counters.set(db, (counter = newCounter()));
  return counter;
}
