// Backups of a live database: SQLite's online backup API, or pg_dump for PostgreSQL (custom format, pg_restore).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SQLITE_FILE } from '../db/sqlite.ts';

/**
 * Copies the SQLite database page by page while the server keeps writing (better-sqlite3's
 * `backup`, SQLite's online backup API): the copy is one consistent state, WAL included.
 */
export async function backupSqlite(dataDir: string, out: string): Promise<void> {
  const file = join(dataDir, SQLITE_FILE);
  if (!existsSync(file)) throw new Error(`no database at ${file} (DATA_DIR)`);
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    await db.backup(out);
  } finally {
    db.close();
  }
}

/** `pg_dump --format=custom`: a consistent snapshot of a live database; restore with pg_restore. */
export function backupPostgres(databaseUrl: string, out: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${databaseUrl}`]);
}

/** `pg_restore` into an existing, empty database (used by the restore test and documented in README). */
export function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  return run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${databaseUrl}`, file]);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // The URL may hold a password: it goes to the child's argv, never to our output.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) =>
      reject(new Error(`${command} could not run (${error.message}): install the PostgreSQL client tools`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
