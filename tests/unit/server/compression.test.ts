// Compression (#13.4): pull answers negotiated br/gzip above a threshold; built assets precompressed and served with Vary.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD_BYTES } from '../../../src/server/http/app.ts';
import { MIN_BYTES, precompress } from '../../../src/server/ops/precompress.ts';
import { PullResponse } from '../../../src/shared/protocol/messages.ts';
import { startTestServer } from '../../fakes/server.ts';
import type { TestServer } from '../../fakes/server.ts';

let dist: string;
let server: TestServer;
// A bundle-like text well above the threshold, and a file below it.
const BIG_JS = Array.from({ length: 400 }, (_, i) => `export const name${i} = "value ${i}";`).join('\n');
const SMALL_JS = 'console.log(1)';

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'pdj-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><title>Plan de jeu</title>${'<p>x</p>'.repeat(300)}`,
  );
  writeFileSync(join(dist, 'assets', 'index-B4x9kQ.js'), BIG_JS);
  writeFileSync(join(dist, 'assets', 'tiny-Zz.js'), SMALL_JS);
  writeFileSync(join(dist, 'assets', 'photo-Q1.png'), randomBytes(4096));
  await precompress(dist);
  server = await startTestServer({ demo: true, distDir: dist });
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the build step (ops/precompress.ts)', () => {
  it('writes .br and .gz beside text assets above MIN_BYTES only, decoding to the same bytes', () => {
    const file = join(dist, 'assets', 'index-B4x9kQ.js');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(BIG_JS);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(BIG_JS);
    expect(SMALL_JS.length).toBeLessThan(MIN_BYTES);
    expect(() => readFileSync(join(dist, 'assets', 'tiny-Zz.js.br'))).toThrow();
    // Images are not text: no copy.
    expect(() => readFileSync(join(dist, 'assets', 'photo-Q1.png.gz'))).toThrow();
  });
});

describe('serving the precompressed build', () => {
  const get = (path: string, encoding?: string) =>
    server.app.inject({ url: path, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('answers brotli to a browser that takes it, gzip to one that takes only gzip, plain otherwise', async () => {
    const path = '/assets/index-B4x9kQ.js';
    const br = await get(path, 'gzip, deflate, br');
    expect([br.headers['content-encoding'], br.headers.vary]).toEqual(['br', 'accept-encoding']);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BIG_JS);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await get(path, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BIG_JS);
    const plain = await get(path);
    expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, BIG_JS]);
  });

  it('compresses the shell of an app path too (the service worker caches it decoded)', async () => {
    const shell = await get('/me', 'br');
    expect([shell.statusCode, shell.headers['content-encoding']]).toEqual([200, 'br']);
    expect(brotliDecompressSync(shell.rawPayload).toString()).toContain('<title>Plan de jeu</title>');
    expect(shell.headers['cache-control']).toBe('no-cache');
  });
});

describe('compressed pull answers', () => {
  it('a first pull of the demo goes brotli or gzip as negotiated, and says so in Vary', async () => {
    const clientID = randomUUID();
    const session = await server.signIn('Zoé', 'planner', clientID);
    const pull = async (encoding?: string) => {
      const res = await fetch(`${server.url}/api/sync/pull`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${session.deviceToken}`,
          ...(encoding ? { 'accept-encoding': encoding } : {}),
        },
        body: JSON.stringify({
          schemaVersion: 2,
          clientID,
          cookie: null,
          ackedMutationID: 0,
        }),
      });
      const text = await res.text(); // fetch decodes br and gzip itself
      return { res, text, body: PullResponse.parse(JSON.parse(text)) };
    };
    const br = await pull('br');
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(br.res.headers.get('vary')).toContain('accept-encoding');
    const gz = await pull('gzip');
    expect(gz.res.headers.get('content-encoding')).toBe('gzip');
    const plain = await pull('identity');
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    // The same answer whatever the encoding; far above the threshold.
    expect(br.body).toEqual(plain.body);
    expect(gz.body).toEqual(plain.body);
    expect(plain.text.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);
  });
});
