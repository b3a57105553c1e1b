// Poke streams on SQLite: at most MAX_STREAMS_PER_DEVICE per device (the oldest ends), and a revoked device's
// stream ends at once when this process revokes it, within a heartbeat when another process (the admin CLI) does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import { MAX_STREAMS_PER_DEVICE } from '../../../src/server/http/sse.ts';
import { seededService } from './permissions.fixture.ts';
import { openStream, serve, settled } from './poke-streams.suite.ts';

const cleanups: (() => Promise<unknown>)[] = [];
// Stopping server processes and removing big files takes a while on a loaded machine.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

async function fileStore() {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-streams-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const store = await openSqliteStore(dir);
  cleanups.push(() => store.close());
  await seededService(store);
  return { dir, store };
}

describe('poke streams per device', () => {
  it(`keeps at most ${MAX_STREAMS_PER_DEVICE} per device: a new one closes the oldest once it has lived a while`, async () => {
    const { store } = await fileStore();
    // Streams count as old at once here; by default after STREAM_MIN_AGE_MS.
    const server = await serve(store, 60_000, undefined, { perDevice: MAX_STREAMS_PER_DEVICE, minAgeMs: 0 });
    cleanups.push(() => server.close());
    const phone = await server.signIn();
    const other = await server.signIn();
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_DEVICE; i++) streams.push(await openStream(server.url, phone.token));
    const others = await openStream(server.url, other.token);
    for (const s of streams) expect(await settled(s.ended)).toBe(false);

    streams.push(await openStream(server.url, phone.token));
    await streams[0]!.ended; // the oldest was closed by the server
    for (const s of streams.slice(1)) expect(await settled(s.ended)).toBe(false);
    expect(await settled(others.ended)).toBe(false);
    // Many attempts from one device still hold only a few sockets.
    const later = [];
    for (let i = 0; i < 20; i++) later.push(await openStream(server.url, phone.token));
    await Promise.all([...streams, ...later.slice(0, -MAX_STREAMS_PER_DEVICE)].map((s) => s.ended));
    for (const s of later.slice(-MAX_STREAMS_PER_DEVICE)) expect(await settled(s.ended)).toBe(false);
    for (const s of [...later, others]) s.abort();
  });

  it('refuses a new stream (429, Retry-After) rather than close a young one: tabs do not evict each other in a loop', async () => {
    const { store } = await fileStore();
    const server = await serve(store, 60_000, undefined, {
      perDevice: MAX_STREAMS_PER_DEVICE,
      minAgeMs: 60_000,
    });
    cleanups.push(() => server.close());
    const phone = await server.signIn();
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_DEVICE; i++) streams.push(await openStream(server.url, phone.token));
    const refused = await fetch(`${server.url}/api/sync/poke`, {
      headers: { authorization: `Bearer ${phone.token}` },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await refused.json()).error).toBe('rate_limited');
    for (const s of streams) expect(await settled(s.ended)).toBe(false);
    streams.forEach((s) => s.abort());
  });
});

describe('a revoked device', () => {
  it('loses its open poke stream at once when this process revokes it', async () => {
    const { store } = await fileStore();
    const server = await serve(store, 60_000);
    cleanups.push(() => server.close());
    const phone = await server.signIn();
    const kept = await server.signIn();
    const stream = await openStream(server.url, phone.token);
    const other = await openStream(server.url, kept.token);
    await store.revokeDevice(phone.deviceId, new Date().toISOString());
    await stream.ended;
    expect(await settled(other.ended)).toBe(false);
    // And it cannot open another.
    const again = await fetch(`${server.url}/api/sync/poke`, {
      headers: { authorization: `Bearer ${phone.token}` },
    });
    expect(again.status).toBe(401);
    other.abort();
  });

  it('loses it within a heartbeat when another process (the admin CLI) revokes it', async () => {
    const { dir, store } = await fileStore();
    const server = await serve(store, 200);
    cleanups.push(() => server.close());
    const phone = await server.signIn();
    const stream = await openStream(server.url, phone.token);
    // The CLI opens the same file with its own connection: this process hears nothing of it.
    const cli = await openSqliteStore(dir);
    cleanups.push(() => cli.close());
    expect(await cli.revokeDevice(phone.deviceId, new Date().toISOString())).toBe(1);
    await stream.ended;
  });
});
