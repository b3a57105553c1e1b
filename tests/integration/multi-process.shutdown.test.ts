// Graceful shutdown of a real server process: a push already in flight at SIGTERM finishes and commits;
// readiness and new connections stop; the process exits 0.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from '../../src/server/db/index.ts';
import { spawnServer } from '../fakes/server-process.ts';
import { WIRE } from '../fakes/wire.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('graceful shutdown', () => {
  it('finishes the push in flight at SIGTERM, then exits 0', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pdj-shutdown-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const server = await spawnServer({ DATA_DIR: dataDir, DEMO: '1', DIST_DIR: 'no-dist' });
    const { url, child, exited } = server;
    cleanups.push(async () => void (child.exitCode === null && child.kill('SIGKILL')));
    const log = server.output;
    // The first-start admin link is printed just after the server starts listening.
    await vi.waitFor(
      () => {
        if (!/#invite=([\w-]+)/.test(log())) throw new Error(`no admin link:\n${log()}`);
      },
      { timeout: 30_000, interval: 100 },
    );
    const invite = /#invite=([\w-]+)/.exec(log())![1];
    const clientID = randomUUID();
    const session = await (
      await fetch(`${url}/api/auth/redeem`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invite, clientID, deviceName: 'admin laptop' }),
      })
    ).json();
    const auth = `Bearer ${session.deviceToken}`;
    const pull = await (
      await fetch(`${url}/api/sync/pull`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth },
        body: JSON.stringify({ ...WIRE, clientID, cookie: null, ackedMutationID: 0 }),
      })
    ).json();
    const image = pull.patch.find((p: { kind?: string }) => p.kind === 'signature').id as string;

    // Half the body goes out, SIGTERM arrives, then the rest: the request is in flight at shutdown.
    const mutations = Array.from({ length: 200 }, (_, i) => ({
      id: i + 1,
      name: 'signature.note',
      args: { id: image, note: `note ${i + 1}` },
      at: new Date().toISOString(),
    }));
    const body = JSON.stringify({ ...WIRE, clientID, mutations });
    let req!: ReturnType<typeof request>;
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req = request(`${url}/api/sync/push`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: auth,
          'content-length': Buffer.byteLength(body),
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 1000));
    });
    // SIGTERM once the server has the request's head (it logged it), the rest of the body once the
    // server has begun closing: the request is in flight across the whole shutdown.
    const logged = (pattern: RegExp) =>
      vi.waitFor(() => expect(log()).toMatch(pattern), { timeout: 15_000, interval: 20 });
    await logged(/incoming request[^\n]*\/api\/sync\/push|\/api\/sync\/push[^\n]*incoming request/);
    child.kill('SIGTERM');
    await logged(/SIGTERM: closing streams/);
    req.end(body.slice(1000));
    const res = await response;
    expect(res.status, res.body).toBe(200);
    const results = JSON.parse(res.body).results as { outcome: string }[];
    expect(results.filter((r) => r.outcome === 'applied')).toHaveLength(200);
    expect(await exited).toBe(0);
    expect(log()).toMatch(/SIGTERM: closing streams/);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();

    // Everything it acknowledged is in the database.
    const store = await openSqliteStore(dataDir);
    cleanups.push(() => store.close());
    expect((await store.getEntity('signature', image))?.note).toBe('note 200');
    expect(await store.lastMutationID(clientID)).toBe(200);
  }, 90_000);
});
