// sec-06 on a real full disk: the server's DATA_DIR on a small tmpfs (mounted here: the test runs as root, as
// CI does), filled up under the running server. The log names SQLITE_FULL, /api/ready answers 503 while writes
// fail and 200 once space is back, pushes get 503 + Retry-After, nothing acknowledged is lost; a first start
// that runs out of space leaves no half-loaded demo.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, statfsSync, writeSync } from 'node:fs';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/server/db/index.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import type { ServerProcess } from '../fakes/server-process.ts';
import { spawnServer } from '../fakes/server-process.ts';
import { WIRE } from '../fakes/wire.ts';

const cleanups: (() => Promise<unknown>)[] = [];
// Stopping server processes and removing big files takes a while on a loaded machine.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

/** A fresh tmpfs of `megabytes`; needs root (CI runs as root). Unmounted after the test. */
async function smallDisk(megabytes: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-tmpfs-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `this test mounts a ${megabytes} MB tmpfs and must run as root (CI does): ${(error as Error).message}`,
      { cause: error },
    );
  }
  cleanups.push(async () => execFileSync('umount', ['-l', dir]));
  return dir;
}

/** Fills the disk under `dir` until only `leaveBytes` are free (0: until the file system refuses). */
function fill(dir: string, leaveBytes = 0): string {
  const file = join(dir, 'filler');
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 7);
  try {
    for (;;) {
      const { bavail, bsize } = statfsSync(dir);
      const room = bavail * bsize - leaveBytes;
      if (room <= 0) break;
      writeSync(fd, chunk, 0, Math.min(chunk.length, room));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return file;
}

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await spawnServer({ DATA_DIR: dataDir, DEMO: '1', DIST_DIR: 'no-dist', LOG_LEVEL: 'info' });
  cleanups.push(() => server.stop());
  return server;
}

async function signInAdmin(server: ServerProcess) {
  await vi.waitFor(() => expect(server.output()).toMatch(/#invite=[\w-]+/), { timeout: 10_000 });
  const invite = /#invite=([\w-]+)/.exec(server.output())![1];
  const clientID = randomUUID();
  const res = await fetch(`${server.url}/api/auth/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite, clientID, deviceName: 'desk' }),
  });
  expect(res.status).toBe(200);
  const { deviceToken } = (await res.json()) as { deviceToken: string };
  return {
    clientID,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
  };
}

describe('a full disk under the SQLite file', () => {
  it('is named in the log, makes the server unready, refuses pushes with 503, then recovers', async () => {
    const disk = await smallDisk(16);
    const dataDir = join(disk, 'data');
    const server = await start(dataDir);
    const { clientID, headers } = await signInAdmin(server);
    const pulled = await fetch(`${server.url}/api/sync/pull`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...WIRE, clientID, cookie: null, ackedMutationID: 0 }),
    });
    const image = ((await pulled.json()).patch as { kind?: string; id: string }[]).find(
      (p) => p.kind === 'signature',
    )!.id;
    const push = (id: number) =>
      fetch(`${server.url}/api/sync/push`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          ...WIRE,
          clientID,
          mutations: [
            {
              id,
              name: 'signature.note',
              args: { id: image, note: `${id} ${'n'.repeat(900)}` },
              at: new Date().toISOString(),
            },
          ],
        }),
      });

    // Some changes acknowledged before the disk fills, then more until the server refuses one.
    let acknowledged = 0;
    for (let id = 1; id <= 20; id++) {
      expect((await push(id)).status).toBe(200);
      acknowledged = id;
    }
    const filler = fill(disk);
    let refused: Response | undefined;
    for (let id = acknowledged + 1; id <= 5000 && !refused; id++) {
      const res = await push(id);
      if (res.status === 200) acknowledged = id;
      else refused = res;
    }
    expect(refused, 'the disk never filled').toBeDefined();
    expect(acknowledged).toBeGreaterThanOrEqual(20);
    expect(refused!.status).toBe(503);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused!.json()).toMatchObject({
      error: 'unavailable',
      message: expect.stringContaining('SQLITE_FULL'),
    });
    // The log line reaches us through the child's stdout pipe: wait for it.
    await vi.waitFor(() => expect(server.output()).toMatch(/database failed: SQLITE_FULL/), {
      timeout: 10_000,
    });
    expect(server.output()).not.toMatch(/cannot rollback/);
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(503);
    // Still refused on a retry while the disk is full: the client keeps the change.
    expect((await push(acknowledged + 1)).status).toBe(503);

    await unlink(filler);
    await vi.waitFor(async () => expect((await fetch(`${server.url}/api/ready`)).status).toBe(200), {
      timeout: 10_000,
    });
    const retried = await push(acknowledged + 1);
    expect(retried.status).toBe(200);
    expect((await retried.json()).results[0].outcome).toBe('applied');

    await server.stop();
    expect(await server.exited).toBe(0);
    const store = await openSqliteStore(dataDir);
    cleanups.push(() => store.close());
    expect(await store.lastMutationID(clientID)).toBe(acknowledged + 1);
    const applied = (await store.mutationLog(clientID)).filter((e) => e.status === 'applied');
    expect(applied.map((e) => e.mutationID)).toEqual(
      Array.from({ length: acknowledged + 1 }, (_, i) => i + 1),
    );
    expect((await store.getEntity('signature', image))?.note).toMatch(new RegExp(`^${acknowledged + 1} `));
  }, 180_000);

  it('fails a first start that runs out of space without leaving half a demo; the next start loads it whole', async () => {
    const disk = await smallDisk(16);
    const dataDir = join(disk, 'data');
    // Room for the schema (~160 KB), not for the demo (~800 KB of WAL).
    const filler = fill(disk, 400 * 1024);
    const failed = await spawnServer({ DATA_DIR: dataDir, DEMO: '1', DIST_DIR: 'no-dist' }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(failed?.message).toMatch(/exited \(code 1\)/);
    expect(failed?.message).toMatch(/could not start: database SQLITE_FULL/);

    await unlink(filler);
    const server = await start(dataDir);
    expect(server.output()).toMatch(/with the Paris 2024 demo/);
    await server.stop();
    const store = await openSqliteStore(dataDir);
    cleanups.push(() => store.close());
    const demo = paris2024Demo();
    expect(await store.version()).toBe(1 + demo.members.length + demo.mutations.length);
    expect((await store.listEntities('member')).filter((m) => m.name === 'Admin')).toHaveLength(1);
  }, 120_000);
});
