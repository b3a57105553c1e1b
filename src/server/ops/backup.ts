// Backups of a live database: SQLite's VACUUM INTO (a snapshot), or pg_dump for PostgreSQL (custom format, pg_restore).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SQLITE_FILE } from '../db/sqlite.ts';

/**
 * Writes a copy of the live SQLite database to `out` while the server keeps writing.
 *
 * `VACUUM INTO` (SQLite ≥ 3.27) reads the whole database inside ONE read transaction: under WAL that
 * is a snapshot which the server's commits never disturb, so the copy is one consistent state and
 * it finishes in the time of one read of the file, whatever the write load. The online backup API
 * used before restarts whenever another connection writes: at ~10 commits/s a large database never
 * finished. The copy is compact (no free pages) and has no WAL; it is written beside `out` and
 * renamed over it, so `out` is never half a file.
 */
export async function backupSqlite(dataDir: string, out: string): Promise<void> {
  const file = join(dataDir, SQLITE_FILE);
  if (!existsSync(file)) throw new Error(`no database at ${file} (DATA_DIR)`);
  const partial = `${out}.partial`;
  await rm(partial, { force: true });
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    // The server may hold the write lock for a moment: a reader under WAL never waits for it,
    // but opening the WAL index can briefly need it.
    db.pragma('busy_timeout = 5000');
    db.prepare('vacuum into ?').run(partial);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  await rename(partial, out);
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
