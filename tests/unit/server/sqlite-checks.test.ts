// sec-08: an existing SQLite file is checked before use: garbage in the middle, a zero-byte file, another
// program's file are refused with the file's name and left untouched; our own older files are accepted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../../src/server/bootstrap.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import { APPLICATION_ID, DatabaseRefused } from '../../../src/server/db/sqlite-checks.ts';
import { SQLITE_FILE } from '../../../src/server/db/sqlite.ts';
import { paris2024Demo } from '../../../src/server/demo/paris2024.ts';

const cleanups: (() => Promise<unknown>)[] = [];
// Stopping server processes and removing big files takes a while on a loaded machine.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

async function dataDir() {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-check-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return { dir, file: join(dir, SQLITE_FILE) };
}

/** A demo database, closed cleanly (WAL checkpointed into the file). */
async function demoDatabase() {
  const where = await dataDir();
  const store = await openSqliteStore(where.dir);
  await seedIfEmpty(store, paris2024Demo);
  await store.close();
  return where;
}

const digest = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Expects opening `dir` to be refused, naming `file` and `reason`, and `file` to be left as it was. */
async function expectRefused(dir: string, file: string, reason: RegExp) {
  const before = await digest(file);
  const error = await openSqliteStore(dir).then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseRefused);
  expect((error as Error).message).toContain(file);
  expect((error as Error).message).toMatch(reason);
  expect(await digest(file)).toBe(before);
}

describe('opening an existing SQLite file', () => {
  it('refuses a file with 64 KiB of garbage in the middle', async () => {
    const { dir, file } = await demoDatabase();
    const { size } = await stat(file);
    expect(size).toBeGreaterThan(256 * 1024);
    const handle = await open(file, 'r+');
    await handle.write(randomBytes(64 * 1024), 0, 64 * 1024, Math.floor(size / 2 / 4096) * 4096);
    await handle.close();
    await expectRefused(dir, file, /quick_check|cannot read|malformed/);
  });

  it('refuses a zero-byte file rather than making a new database in it', async () => {
    const { dir, file } = await dataDir();
    await writeFile(file, '');
    await expectRefused(dir, file, /empty \(0 bytes\)/);
    expect((await stat(file)).size).toBe(0);
  });

  it('refuses a file that is not SQLite', async () => {
    const { dir, file } = await dataDir();
    await writeFile(file, JSON.stringify({ format: 'plan-de-jeu/plan', rows: {} }).repeat(200));
    await expectRefused(dir, file, /not an SQLite database/);
  });

  it("refuses another program's SQLite file, by its tables or its application id", async () => {
    const { dir, file } = await dataDir();
    const other = new BetterSqlite3(file);
    other.exec('create table notes (id integer primary key, body text)');
    other.close();
    await expectRefused(dir, file, /another application's tables \(notes\)/);

    const stamped = new BetterSqlite3(file);
    stamped.pragma('application_id = 1234');
    stamped.close();
    await expectRefused(dir, file, /another application \(application_id 0x000004d2\)/);
  });

  it('accepts its own database, and one from before the application id, which it stamps', async () => {
    const { dir, file } = await demoDatabase();
    const raw = new BetterSqlite3(file);
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    raw.pragma('application_id = 0');
    raw.close();
    const store = await openSqliteStore(dir);
    expect((await store.listEntities('member')).length).toBeGreaterThan(1);
    await store.close();
    const again = new BetterSqlite3(file, { readonly: true });
    expect(again.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    again.close();
  });
});
