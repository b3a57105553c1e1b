// Fresh server stores for the port suites, one per test, cleaned up after the file: each suite used to
// build (and forget to drop, or remove) its own databases and directories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openPostgresStore, openSqliteStore } from '../../src/server/db/index.ts';
import type { TestDatabase } from './postgres.ts';
import { createTestDatabase } from './postgres.ts';

/**
 * Call at a test file's top level: returns a maker of PostgreSQL database URLs, each a new empty
 * database named `<prefix>_<random>` on the test server, all dropped after the file's tests.
 */
export function freshPostgresUrls(prefix: string): () => Promise<string> {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });
  return async () => {
    const db = await createTestDatabase(prefix);
    databases.push(db);
    return db.url;
  };
}

/** Call at a file's top level: a migrated PostgreSQL store on a new database per call (see freshPostgresUrls). */
export function freshPostgresStores(prefix: string): () => ReturnType<typeof openPostgresStore> {
  const url = freshPostgresUrls(prefix);
  return async () => openPostgresStore(await url());
}

/** Call at a file's top level: a SQLite store on a file (WAL) in a new directory per call, removed after the file. */
export function freshSqliteFileStores(): () => ReturnType<typeof openSqliteStore> {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdj-store-'));
    dirs.push(dir);
    return openSqliteStore(dir);
  };
}
