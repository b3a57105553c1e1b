// What `npm start` prints about the address in sign-in links: a warning when phones cannot open it (localhost).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnServer, type ServerProcess } from '../fakes/server-process.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-public-url-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const server = await spawnServer({ DATA_DIR: dir, DEMO: '0', DIST_DIR: 'no-dist', ...env });
  cleanups.push(() => server.stop());
  // Printed right after listening; ready may answer a moment before the line is read.
  await vi.waitFor(() => expect(server.output()).toContain('Plan de jeu is running: '), { timeout: 10_000 });
  return server;
}

describe('npm start and PUBLIC_URL', () => {
  it('warns that phones cannot open the links when they start with a loopback address', async () => {
    // spawnServer sets PUBLIC_URL to http://127.0.0.1:<port>, as an admin on the server's machine has it.
    const server = await start({});
    expect(server.output()).toContain(`Plan de jeu is running: ${server.url}`);
    expect(server.output()).toMatch(/only this computer can open: phones cannot\. Set PUBLIC_URL/);
  }, 90_000);

  it('says nothing of the kind when PUBLIC_URL is the address phones reach', async () => {
    const server = await start({ PUBLIC_URL: 'https://plan.example.org' });
    expect(server.output()).toContain('Plan de jeu is running: https://plan.example.org');
    expect(server.output()).not.toContain('phones cannot');
  }, 90_000);
});
