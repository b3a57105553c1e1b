// The PostgreSQL dialect factory: the only file that knows the database is PostgreSQL (pool, type parsers).
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { countingLog, newCounter, registerHandles } from './db-handles.ts';

/** Connections per server process: pushes are serialised on the space row anyway, pulls run beside them. */
export const PG_POOL_SIZE = 10;

/**
 * Opens a pool on `url` (postgres://user:pass@host:port/db). Nothing connects until the first
 * query, so a wrong URL surfaces at migration time with the driver's message.
 */
export function openPostgres(url: string, poolSize = PG_POOL_SIZE): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection (server restart) emits here; without a listener Node would crash.
  pool.on('error', (error) => console.error('postgres pool: idle connection lost', error.message));
  const counter = newCounter();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: countingLog(counter) });
  registerHandles(db as Kysely<never>, { counter, pool });
  return db;
}

/** Hides the password of a connection URL, for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
