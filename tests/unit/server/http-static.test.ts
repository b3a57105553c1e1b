// Serving the built PWA: cache headers, SPA fallback for app paths, JSON 404 under /api, API-only without a build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';

let dist: string;
let store: ServerStore;
const SHELL = '<!doctype html><title>Plan de jeu</title>';

function app(distDir: string) {
  const poker = createPoker();
  return buildApp({ distDir }, { store, poker, sync: createSyncService(store, poker) });
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'pdj-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), SHELL);
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dist, 'assets', 'index-B4x9kQ.js'), 'console.log("app")');
  store = await openSqliteStore(':memory:');
});
afterAll(async () => {
  rmSync(dist, { recursive: true, force: true });
  await store.close();
});

describe('with a build in dist/', () => {
  it('serves the shell and the service worker uncached, hashed assets for a year', async () => {
    const a = app(dist);
    const root = await a.inject({ url: '/' });
    expect([root.statusCode, root.body, root.headers['cache-control']]).toEqual([200, SHELL, 'no-cache']);
    const sw = await a.inject({ url: '/sw.js' });
    expect([sw.statusCode, sw.headers['cache-control']]).toEqual([200, 'no-cache']);
    const asset = await a.inject({ url: '/assets/index-B4x9kQ.js' });
    expect([asset.statusCode, asset.headers['cache-control']]).toEqual([
      200,
      'public, max-age=31536000, immutable',
    ]);
    await a.close();
  });

  it('answers any other page path with the shell (the app routes it)', async () => {
    const a = app(dist);
    for (const url of ['/plan/2024-08-04', '/signin', '/signatures?day=2024-08-04']) {
      const res = await a.inject({ url });
      expect([res.statusCode, res.body, res.headers['cache-control']]).toEqual([200, SHELL, 'no-cache']);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    }
    await a.close();
  });

  it('answers JSON 404, not the shell, for unknown /api routes and missing assets', async () => {
    const a = app(dist);
    for (const url of ['/api/nope', '/api', '/api/sync/pull', '/assets/gone-123.js']) {
      const res = await a.inject({ url });
      expect([res.statusCode, res.json().error]).toEqual([404, 'not_found']);
    }
    const post = await a.inject({ method: 'POST', url: '/plan', payload: {} });
    expect(post.statusCode).toBe(404);
    await a.close();
  });
});

describe('without a build', () => {
  it('still serves the API and says the app is not built', async () => {
    const a = app(join(dist, 'missing'));
    expect((await a.inject({ url: '/api/health' })).statusCode).toBe(200);
    const page = await a.inject({ url: '/plan' });
    expect([page.statusCode, page.json().error]).toEqual([404, 'not_found']);
    expect(page.json().message).toMatch(/not built/);
    await a.close();
  });
});
