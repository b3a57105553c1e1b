// Plain SQL on the hot path (push): prepared once on SQLite, one round trip each on PostgreSQL, every one counted.
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import type { Kysely } from 'kysely';

/** One row as the driver returns it: column name → value. */
export type SqlRow = Record<string, unknown>;

/**
 * Runs one SQL statement with `?` placeholders and resolves to its rows (empty for a write). Every
 * call is one statement for the counter, and on PostgreSQL one round trip to the server.
 */
export type SqlExec = (text: string, params?: readonly unknown[]) => Promise<SqlRow[]>;

/** Statements executed by one store since it was opened (hot path and Kysely queries alike). */
export interface StatementCounter {
  statements: number;
}

/** Prepared statements kept per text: a push runs the same few texts thousands of times. */
const MAX_CACHED_STATEMENTS = 256;

/**
 * better-sqlite3 on the connection the caller holds (Kysely's connection mutex): each text is
 * prepared once and kept, so a statement costs a bind and a step, never a parse.
 */
export function sqliteExec(sqlite: BetterSqlite3.Database, counter: StatementCounter): SqlExec {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return async (text, params = []) => {
    let statement = cache.get(text);
    if (!statement) {
      statement = sqlite.prepare(text);
      if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
      cache.set(text, statement);
    }
    counter.statements++;
    if (statement.reader) return statement.all(...params) as SqlRow[];
    statement.run(...params);
    return [];
  };
}

/** PostgreSQL numbers its placeholders: `?` → `$1, $2…` (texts here never hold a literal `?`). */
const numbered = new Map<string, string>();
function toDollar(text: string): string {
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    if (numbered.size < MAX_CACHED_STATEMENTS) numbered.set(text, out);
  }
  return out;
}

/**
 * The PostgreSQL connection Kysely lends (`db.connection().execute`): raw text, no query building.
 * Counted by the store's Kysely `log` hook, like every other query of that store.
 */
export function postgresExec(conn: Kysely<unknown>): SqlExec {
  return async (text, params = []) => {
    const result = await conn.executeQuery<SqlRow>(CompiledQuery.raw(toDollar(text), [...params]));
    return result.rows;
  };
}
