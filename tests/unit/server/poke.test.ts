// The poke stream over real HTTP: Bearer auth, the current version at once, a poke after each commit, cleanup.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { startTestServer } from '../../fakes/server.ts';
import type { TestServer } from '../../fakes/server.ts';
import { pushBody, venueArgs } from '../../fakes/server-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ distDir: '/nonexistent' });
});
afterAll(() => server.close());

/** Reads SSE text from a fetch body until `predicate` holds for what was read so far. */
async function readUntil(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  predicate: (text: string) => boolean,
) {
  const decoder = new TextDecoder();
  let text = '';
  while (!predicate(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

describe('GET /api/sync/poke [R12]', () => {
  it('needs a device token', async () => {
    const res = await fetch(`${server.url}/api/sync/poke`);
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('unauthorized');
  });

  it('streams the current version, then a poke after each commit, and heartbeats', async () => {
    const clientID = randomUUID();
    const { deviceToken } = await server.signIn('Ana', 'planner', clientID);
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/sync/poke`, {
      headers: { authorization: `Bearer ${deviceToken}` },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const version = await server.store.version();
    const first = await readUntil(reader, (t) => t.includes('event: poke'));
    expect(first).toContain(`event: poke\ndata: {"version":${version}}\n\n`);
    expect(server.poker.size).toBe(1);

    await server.sync.push(
      {
        deviceId: null,
        clientID,
        memberId: (await server.store.listEntities('member'))[0]!.id,
        role: 'admin',
      },
      pushBody(clientID, 1, [{ name: 'venue.put', args: venueArgs() }]),
    );
    const next = await readUntil(reader, (t) => t.includes(`"version":${version + 1}`));
    expect(next).toContain(`event: poke\ndata: {"version":${version + 1}}\n\n`);
    // The test server beats every second.
    expect(await readUntil(reader, (t) => t.includes(': heartbeat'))).toContain(': heartbeat\n\n');

    controller.abort();
    await expect.poll(() => server.poker.size).toBe(0);
  });
});

describe('poker', () => {
  it('keeps poking the others when one subscriber throws, and unsubscribes', () => {
    const poker = createPoker();
    const seen: number[] = [];
    poker.subscribe(() => {
      throw new Error('socket gone');
    });
    const off = poker.subscribe((v) => seen.push(v));
    poker.poke(1);
    expect(poker.size).toBe(1);
    off();
    poker.poke(2);
    expect(seen).toEqual([1]);
  });
});

describe('shutdown', () => {
  it('ends open poke streams so the server closes', async () => {
    const own = await startTestServer({ distDir: '/nonexistent' });
    const { deviceToken } = await own.signIn('Ana', 'creator');
    const res = await fetch(`${own.url}/api/sync/poke`, {
      headers: { authorization: `Bearer ${deviceToken}` },
    });
    const reader = res.body!.getReader();
    await readUntil(reader, (t) => t.includes('event: poke'));
    await own.close();
    // The stream ends rather than hanging: the reader sees its end.
    expect(await readUntil(reader, () => false)).not.toContain('event: poke');
  });
});
