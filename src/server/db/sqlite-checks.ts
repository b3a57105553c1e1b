// Checks of an existing SQLite file before the server uses it: ours, whole and undamaged, or refused by name.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

/** `PRAGMA application_id` of a Plan de jeu database: "PDJ1" in ASCII (SQLite file format §1.3). */
export const APPLICATION_ID = 0x50444a31;

/** The first 16 bytes of every SQLite 3 database file (SQLite file format §1.3.1). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Tables every Plan de jeu database has once migrated. */
const OUR_TABLES = ['kysely_migration', 'space', 'entities', 'mutation_log'];

/**
 * The server will not use this database file: it is damaged, empty or another program's. The
 * message names the file and what to do; the file is left untouched (never re-created or re-seeded).
 */
export class DatabaseRefused extends Error {
  override name = 'DatabaseRefused';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `refusing to use the database file ${file}: ${reason}. Nothing was written to it. ` +
        'Restore a backup there (see src/server/ops/OPERATIONS.md) or move the file away to start anew.',
    );
  }
}

/** True if `file` exists (then it must look like an SQLite file); false if a new database is to be made. */
export function checkExistingFile(file: string): boolean {
  if (!existsSync(file)) return false;
  const size = statSync(file).size;
  if (size === 0) {
    // A WAL beside an empty main file may hold the whole database (a crash before the first checkpoint).
    const wal = `${file}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) return true;
    throw new DatabaseRefused(file, 'the file is empty (0 bytes), not a database');
  }
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(SQLITE_HEADER))
    throw new DatabaseRefused(file, `not an SQLite database (${size} bytes without the SQLite header)`);
  return true;
}

/**
 * On an opened existing file: the application id must be ours (or unset on a database made before
 * it was, then it must hold our tables, and is stamped), and `PRAGMA quick_check` must answer ok
 * (it reads every page: O(size), about a second per few hundred MB).
 */
export function checkOpenedDatabase(sqlite: BetterSqlite3.Database, file: string): void {
  try {
    const id = sqlite.pragma('application_id', { simple: true }) as number;
    if (id !== 0 && id !== APPLICATION_ID)
      throw new DatabaseRefused(file, `it belongs to another application (application_id 0x${hex(id)})`);
    const problems = (sqlite.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
    if (problems.length !== 1 || problems[0] !== 'ok')
      throw new DatabaseRefused(file, `PRAGMA quick_check found damage: ${problems.join('; ')}`);
    if (id === 0) {
      const tables = (
        sqlite.prepare("select name from sqlite_schema where type = 'table'").all() as { name: string }[]
      ).map((t) => t.name);
      if (tables.length > 0 && !OUR_TABLES.every((t) => tables.includes(t)))
        throw new DatabaseRefused(
          file,
          `it holds another application's tables (${tables.slice(0, 5).join(', ')})`,
        );
      // Ours, from before the application id was set (or a first start that stopped before migrating).
      sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    }
  } catch (error) {
    if (error instanceof DatabaseRefused) throw error;
    const code = (error as { code?: unknown }).code;
    throw new DatabaseRefused(
      file,
      `SQLite cannot read it (${typeof code === 'string' ? `${code}: ` : ''}${(error as Error).message})`,
    );
  }
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
