// The SQLite dialect factory: the only file that knows the database is SQLite (file, WAL, write locks).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver } from 'kysely';
import type { Database } from './schema.ts';
import { APPLICATION_ID, checkExistingFile, checkOpenedDatabase } from './sqlite-checks.ts';
import { countingLog, newCounter, registerHandles } from './db-handles.ts';

export const SQLITE_FILE = 'plan-de-jeu.sqlite';

/**
 * `begin immediate` takes the write lock at the start of the transaction, so a transaction that
 * reads then writes never fails half-way with SQLITE_BUSY when the admin CLI writes at the same time.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
  /**
   * SQLite rolls a transaction back by itself on SQLITE_FULL, SQLITE_IOERR and a few others; a
   * second `rollback` would then fail with "cannot rollback - no transaction is active" and hide
   * the real cause from the caller and the log.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: BetterSqlite3.Database) {
    super({ database });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.database);
  }
}

/**
 * Opens `dataDir/plan-de-jeu.sqlite` (created if missing), or an in-memory database for ':memory:'.
 * An existing file is checked first (see sqlite-checks.ts): a damaged, empty or foreign file throws
 * DatabaseRefused naming it, and is left as it is.
 */
export function openSqlite(dataDir: string | ':memory:'): Kysely<Database> {
  let file: string = ':memory:';
  let existing = false;
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, SQLITE_FILE);
    existing = checkExistingFile(file);
  }
  const sqlite = new BetterSqlite3(file, { fileMustExist: existing });
  try {
    if (existing) checkOpenedDatabase(sqlite, file);
    // Marks the file as ours (a header field): a later start can tell it from another program's.
    else sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
    // Wait for the other process (server or CLI) rather than failing at once.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const counter = newCounter();
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite), log: countingLog(counter) });
  // The push's hot path prepares its statements once on this same connection (kysely-store.ts).
  registerHandles(db as Kysely<never>, { sqlite, counter });
  return db;
}
