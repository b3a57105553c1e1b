// sec-10: `npm run admin -- backup` of a live SQLite database while a phone keeps pushing changes (as fast as
// the server takes them) finishes, and the copy restores to a whole database consistent at one point in time.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/server/db/index.ts';
import { seedIfEmpty } from '../../src/server/bootstrap.ts';
import { SQLITE_FILE } from '../../src/server/db/sqlite.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import { spawnServer } from '../fakes/server-process.ts';
import { WIRE } from '../fakes/wire.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Previews that make the database large (~120 MB): the online backup used before needed about a
 * second without any commit to finish, which a phone pushing without pause never leaves it.
 */
const PREVIEWS = 40;
const PREVIEW_BYTES = 3_000_000;
/** The backup gets this long; the old one was still restarting when killed. */
const BACKUP_LIMIT_MS = 90_000;

const cleanups: (() => Promise<unknown>)[] = [];
// Stopping server processes and removing big files takes a while on a loaded machine.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

async function tempDir(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The admin CLI as an operator runs it, in its own process; resolves with its exit code and output. */
function adminCli(dataDir: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), BACKUP_LIMIT_MS);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli/admin.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        output: signal ? `killed after ${BACKUP_LIMIT_MS} ms, unfinished\n${output}` : output,
      });
    });
  });
}

describe('backup under write load', () => {
  it('completes while changes keep arriving, and restores to a consistent database', async () => {
    const dataDir = await tempDir('pdj-live-');
    // The demo, then desk snapshots written straight into the file (random bytes do not compress).
    const seeded = await openSqliteStore(dataDir);
    await seedIfEmpty(seeded, paris2024Demo);
    const images = (await seeded.listEntities('signature')).map((s) => s.id);
    await seeded.close();
    const raw = new BetterSqlite3(join(dataDir, SQLITE_FILE));
    const insert = raw.prepare(
      'insert into previews (id, signature_id, member_id, content_type, size, bytes, created_at) values (?, ?, ?, ?, ?, ?, ?)',
    );
    raw.transaction(() => {
      for (let i = 0; i < PREVIEWS; i++)
        insert.run(
          randomUUID(),
          images[i % images.length],
          randomUUID(),
          'image/jpeg',
          PREVIEW_BYTES,
          randomBytes(PREVIEW_BYTES),
          new Date().toISOString(),
        );
    })();
    raw.close();
    expect((await stat(join(dataDir, SQLITE_FILE))).size).toBeGreaterThan(PREVIEWS * PREVIEW_BYTES);

    // The phone below pushes without pause: far more than the default 600 requests a minute.
    const server = await spawnServer({
      DATA_DIR: dataDir,
      DEMO: '1',
      DIST_DIR: 'no-dist',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_SYNC: '1000000',
    });
    cleanups.push(() => server.stop());
    await vi.waitFor(() => expect(server.output()).toMatch(/#invite=[\w-]+/), { timeout: 10_000 });
    const invite = /#invite=([\w-]+)/.exec(server.output())![1];
    const clientID = randomUUID();
    const session = await fetch(`${server.url}/api/auth/redeem`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite, clientID, deviceName: 'desk' }),
    });
    const { deviceToken } = (await session.json()) as { deviceToken: string };
    const auth = { authorization: `Bearer ${deviceToken}` };
    // A phone that pushes without pause while the backup runs.
    let next = 1;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const res = await fetch(`${server.url}/api/sync/push`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({
            ...WIRE,
            clientID,
            mutations: [
              {
                id: next,
                name: 'signature.note',
                args: { id: images[0], note: `note ${next}` },
                at: new Date().toISOString(),
              },
            ],
          }),
        });
        expect(res.status).toBe(200);
        next++;
      }
    })();
    await vi.waitFor(() => expect(next).toBeGreaterThan(20), { timeout: 30_000 });

    const out = join(await tempDir('pdj-backup-'), 'plan.sqlite');
    const before = next;
    const backup = await adminCli(dataDir, 'backup', '--out', out);
    const during = next - before;
    writing = false;
    await writer;
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`backup written to ${out}`);
    expect(during, 'changes arrived while the backup ran').toBeGreaterThan(0);

    // The copy: whole, ours, and one point in time.
    const copied = new BetterSqlite3(out, { readonly: true });
    expect(copied.pragma('integrity_check', { simple: true })).toBe('ok');
    const space = copied.prepare('select version, log_seq from space').get() as {
      version: number;
      log_seq: number;
    };
    const applied = copied
      .prepare("select count(*) as n from mutation_log where status = 'applied'")
      .get() as {
      n: number;
    };
    const logged = copied.prepare('select count(*) as n from mutation_log').get() as { n: number };
    const previews = copied.prepare('select count(*) as n from previews').get() as { n: number };
    copied.close();
    expect(space.version).toBe(applied.n);
    expect(space.log_seq).toBe(logged.n);
    expect(previews.n).toBe(PREVIEWS);

    const restored = await tempDir('pdj-restored-');
    await mkdir(restored, { recursive: true });
    await copyFile(out, join(restored, SQLITE_FILE));
    const copy = await openSqliteStore(restored);
    cleanups.push(() => copy.close());
    const last = await copy.lastMutationID(clientID);
    expect(last).toBeGreaterThanOrEqual(before - 1);
    expect(last).toBeLessThan(next);
    expect((await copy.getEntity('signature', images[0]!))?.note).toBe(`note ${last}`);
    expect((await copy.mutationLog(clientID)).map((e) => e.mutationID)).toEqual(
      Array.from({ length: last }, (_, i) => i + 1),
    );
  }, 180_000);
});
