// The SQLite dialect factory: the only file that knows the database is SQLite (file, WAL, write locks).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver } from 'kysely';
import type { Database } from './schema.ts';

export const SQLITE_FILE = 'plan-de-jeu.sqlite';

/**
 * `begin immediate` takes the write lock at the start of the transaction, so a transaction that
 * reads then writes never fails half-way with SQLITE_BUSY when the admin CLI writes at the same time.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: BetterSqlite3.Database) {
    super({ database });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

/** Opens `dataDir/plan-de-jeu.sqlite` (created if missing), or an in-memory database for ':memory:'. */
export function openSqlite(dataDir: string | ':memory:'): Kysely<Database> {
  let file: string = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, SQLITE_FILE);
  }
  const sqlite = new BetterSqlite3(file);
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  // Wait for the other process (server or CLI) rather than failing at once.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) });
}
