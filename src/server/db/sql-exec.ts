// Plain SQL on the hot path (push): prepared once on SQLite, `?` placeholders numbered for PostgreSQL, every statement counted.
import type BetterSqlite3 from 'better-sqlite3';

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
  /** Set by a test to see each statement's text as it runs (PostgreSQL: each round trip's). */
  trace?: (text: string) => void;
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
    counter.trace?.(text);
    if (statement.reader) return statement.all(...params) as SqlRow[];
    statement.run(...params);
    return [];
  };
}

/** PostgreSQL numbers its placeholders: `?` → `$1, $2…` (texts here never hold a literal `?`). */
const numbered = new Map<string, string>();
export function toDollar(text: string): string {
  let out = numbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    if (numbered.size < MAX_CACHED_STATEMENTS) numbered.set(text, out);
  }
  return out;
}
