// The HTTP transport (against a scripted fetch), the SSE parser and the backoff.
import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay } from '../../../src/client/sync/backoff.ts';
import { createHttpTransport } from '../../../src/client/sync/http.ts';
import type { SseEvent } from '../../../src/client/sync/sse.ts';
import { createSseParser } from '../../../src/client/sync/sse.ts';
import { SyncHttpError, SyncNetworkError } from '../../../src/client/sync/transport.ts';
import { WIRE } from '../../fakes/wire.ts';

const clientID = '00000000-0000-4000-8000-0000000000c1';
const pullRequest = { ...WIRE, clientID, cookie: null, ackedMutationID: 0 };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function scripted(...answers: (Response | Error | ((init?: RequestInit) => Response))[]) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const answer = answers.shift();
    if (!answer) throw new Error('no more scripted answers');
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(init) : answer;
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe('HTTP transport', () => {
  it('posts JSON with the device token and checks the answer', async () => {
    const { calls, fetch } = scripted(json(200, { cookie: 3, lastMutationID: 0, patch: [], rejected: [] }));
    const transport = createHttpTransport({ baseUrl: 'https://plan.example', token: () => 'tok', fetch });
    expect(await transport.pull(pullRequest)).toEqual({
      cookie: 3,
      lastMutationID: 0,
      patch: [],
      rejected: [],
    });
    expect(calls[0]!.url).toBe('https://plan.example/api/sync/pull');
    expect(calls[0]!.init).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer tok' } });
    expect(JSON.parse(String(calls[0]!.init!.body))).toEqual(pullRequest);
  });

  it('turns an error body into a SyncHttpError with its code', async () => {
    const { fetch } = scripted(json(409, { error: 'mutation_gap', message: 'expected mutation 3, got 5' }));
    const transport = createHttpTransport({ token: () => 'tok', fetch });
    const error = await transport.push({ ...WIRE, clientID, mutations: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({ status: 409, code: 'mutation_gap', message: 'expected mutation 3, got 5' });
  });

  it('names a gateway page, a network failure, a malformed answer and a missing token', async () => {
    const { fetch } = scripted(
      new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      new TypeError('Failed to fetch'),
      json(200, { cookie: 'x' }),
    );
    const transport = createHttpTransport({ token: () => 'tok', fetch });
    await expect(transport.pull(pullRequest)).rejects.toMatchObject({
      status: 502,
      code: 'unknown',
      message: 'HTTP 502 Bad Gateway',
    });
    await expect(transport.pull(pullRequest)).rejects.toBeInstanceOf(SyncNetworkError);
    await expect(transport.pull(pullRequest)).rejects.toThrow(
      /unexpected answer to \/api\/sync\/pull: cookie/,
    );
    const signedOut = createHttpTransport({ token: () => null, fetch });
    await expect(signedOut.pull(pullRequest)).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('gives up on a request that hangs, as a network failure', async () => {
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as typeof fetch;
    const transport = createHttpTransport({ token: () => 'tok', fetch: hanging, timeoutMs: 30 });
    const error = await transport.pull(pullRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncNetworkError);
    expect(String(error)).toMatch(/timeout|timed out|aborted/i);
  });

  it('reads pokes from the SSE stream and reconnects after it ends', async () => {
    const stream = (text: string) =>
      new Response(new Blob([text]).stream(), {
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
      });
    const seen: (number | null)[] = [];
    const abort = new AbortController();
    const { calls, fetch } = scripted(
      stream(': hello\n\nevent: poke\ndata: {"version":7}\n\n'),
      stream('event: poke\r\ndata: {"version":9}\r\n\r\n'),
      () => {
        abort.abort();
        throw new Error('aborted');
      },
    );
    const transport = createHttpTransport({ token: () => 'tok', fetch, random: () => 0 });
    await transport.poke((v) => seen.push(v), abort.signal);
    expect(seen).toEqual([7, null, 9]);
    expect(calls[0]!.init).toMatchObject({
      headers: { accept: 'text/event-stream', authorization: 'Bearer tok' },
    });
  });
  it('[R15] asks for pokes with rows and hands them over; a patch it cannot read still names the version', async () => {
    const stream = (text: string) =>
      new Response(new Blob([text]).stream(), {
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
      });
    const put = { op: 'put', kind: 'signature', id: 's1', value: { note: 'row 2' } };
    const events = [
      `event: poke\ndata: ${JSON.stringify({ version: 8, from: 7, dataVersion: 1, patch: [put] })}\n\n`,
      `event: poke\ndata: ${JSON.stringify({ version: 9, from: 8, patch: [{ op: 'clear' }] })}\n\n`,
      `event: poke\ndata: {"version":10}\n\n`,
    ].join('');
    const seen: unknown[] = [];
    const abort = new AbortController();
    const { calls, fetch } = scripted(stream(events), () => {
      abort.abort();
      throw new Error('aborted');
    });
    const transport = createHttpTransport({ baseUrl: 'https://plan.example', token: () => 'tok', fetch });
    await transport.poke((v, patch) => seen.push(patch ?? v), abort.signal);
    expect(calls[0]!.url).toBe('https://plan.example/api/sync/poke?patch=1');
    expect(seen).toEqual([{ version: 8, from: 7, dataVersion: 1, patch: [put] }, 9, 10]);

    // As an app without the feature: no `?patch=1`, so the server sends versions only.
    const older = scripted(() => {
      throw new Error('stop');
    });
    const stop = new AbortController();
    const plain = createHttpTransport({ token: () => 'tok', fetch: older.fetch, pokePatches: false });
    const done = plain.poke(() => undefined, stop.signal);
    await expect.poll(() => older.calls.length).toBe(1);
    stop.abort();
    await done;
    expect(older.calls[0]!.url).toBe('/api/sync/poke');
  });

  it('asks for a sync when the poke stream is refused with 401 (a revoked device learns at once)', async () => {
    const seen: (number | null)[] = [];
    const abort = new AbortController();
    const { fetch } = scripted(
      json(503, { error: 'unavailable', message: 'draining' }),
      json(401, { error: 'unauthorized', message: 'this device was signed out' }),
      () => {
        abort.abort();
        throw new Error('aborted');
      },
    );
    const transport = createHttpTransport({ token: () => 'tok', fetch, random: () => 0 });
    await transport.poke((v) => seen.push(v), abort.signal);
    expect(seen).toEqual([null]);
  });

  it('drops a silent poke stream and reconnects', async () => {
    const encoder = new TextEncoder();
    const silentAfter = (text: string) =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(encoder.encode(text)) }), { status: 200 });
    const seen: (number | null)[] = [];
    const abort = new AbortController();
    const { calls, fetch } = scripted(silentAfter('event: poke\ndata: {"version":1}\n\n'), () => {
      abort.abort();
      throw new Error('aborted');
    });
    const transport = createHttpTransport({ token: () => 'tok', fetch, random: () => 0, pokeIdleMs: 40 });
    await transport.poke((v) => seen.push(v), abort.signal);
    expect(seen).toEqual([1]);
    expect(calls).toHaveLength(2);
  });
});

describe('SSE parser', () => {
  it('handles events split anywhere, multi-line data, comments and CRLF', () => {
    const events: SseEvent[] = [];
    const feed = createSseParser((e) => events.push(e));
    const text =
      ': heartbeat\r\nevent: poke\r\ndata: {"ver\r\n\r\ndata: a\ndata: b\n\nevent: poke\ndata:x\n\n';
    for (const ch of text) feed(ch);
    expect(events).toEqual([
      { event: 'poke', data: '{"ver' },
      { event: 'message', data: 'a\nb' },
      { event: 'poke', data: 'x' },
    ]);
  });

  it('ends lines at a lone CR, even one split from the next chunk, and skips id, retry and unknown fields', () => {
    const events: SseEvent[] = [];
    const feed = createSseParser((e) => events.push(e));
    for (const chunk of [
      'id: 7\rretry: 100\rfoo: bar\revent: poke\rdata: 1\r',
      '\r',
      'data\r\r',
      'event: x\n\n',
    ])
      feed(chunk);
    // `data` with no colon is an empty data line (WHATWG): an event with data ''. An event with no
    // data line at all is not dispatched.
    expect(events).toEqual([
      { event: 'poke', data: '1' },
      { event: 'message', data: '' },
    ]);
  });
});

describe('backoff', () => {
  it('doubles from 1 s with jitter and caps at 30 s', () => {
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(4000);
    expect(backoffDelay(20, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(20, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });
});
