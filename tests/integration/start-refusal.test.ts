// sec-08 at the process level: the server refuses to start on a damaged or foreign database file, says which
// file, exits with code 3 and writes nothing to it (no new demo in a zero-byte file).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/server/db/sqlite.ts';
import { spawnServer } from '../fakes/server-process.ts';

const cleanups: (() => Promise<unknown>)[] = [];
// Stopping server processes and removing big files takes a while on a loaded machine.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

async function startOn(content: Buffer): Promise<{ error: Error; file: string; after: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-refuse-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, SQLITE_FILE);
  await writeFile(file, content);
  const error = await spawnServer({ DATA_DIR: dir, DEMO: '1', DIST_DIR: 'no-dist' }).then(
    async (server) => {
      await server.stop();
      throw new Error(`the server started on a bad database file:\n${server.output()}`);
    },
    (e: Error) => e,
  );
  return { error, file, after: await readFile(file) };
}

describe('starting on a bad database file', () => {
  it('refuses a zero-byte file, naming it, exit code 3, and leaves it empty', async () => {
    const { error, file, after } = await startOn(Buffer.alloc(0));
    expect(error.message).toMatch(/exited \(code 3\)/);
    expect(error.message).toContain(`refusing to use the database file ${file}: the file is empty`);
    expect(after.length).toBe(0);
  }, 60_000);

  it('refuses a file that is not a database, and leaves it as it was', async () => {
    const junk = randomBytes(200_000);
    const { error, file, after } = await startOn(junk);
    expect(error.message).toMatch(/exited \(code 3\)/);
    expect(error.message).toContain(`refusing to use the database file ${file}: not an SQLite database`);
    expect(after.equals(junk)).toBe(true);
  }, 60_000);
});
