// start()/stop(): launch, focus, visibility, online, poke, the periodic pull, after a mutate, retry with backoff.
// Timers are fake (R12's periodic pull, the debounce, the backoff): the test moves the clock itself,
// so "nothing more happens" is checked over a long stretch of time that costs nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueuedRequest } from '../../fakes/transport.ts';
import { FakeNetwork } from '../../fakes/transport.ts';
import { actors, connectClient, ids, startServer } from './sync-fixtures.ts';

/** How much fake time `serve` may move the clock before it gives up on `until()`. */
const SERVE_LIMIT_MS = 5000;

afterEach(() => vi.useRealTimers());

/** Fakes the clock from now on (after the server and the client are set up on real time). */
const fakeClock = () =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });

/**
 * Delivers every request as it comes, recording its kind, and moves the fake clock by 1 ms when none
 * is waiting, until `until()`; fails past SERVE_LIMIT_MS of fake time.
 */
async function serve(
  net: FakeNetwork,
  kinds: string[],
  until: () => boolean,
  fate = (_: QueuedRequest) => 'ok' as const,
) {
  const started = Date.now();
  while (!until()) {
    if (Date.now() - started > SERVE_LIMIT_MS)
      throw new Error(`timed out; requests so far: ${kinds.join(', ')}`);
    const next = net.queue[0];
    if (next) {
      kinds.push(next.kind);
      await net.deliver(fate(next));
    } else await vi.advanceTimersByTimeAsync(1);
  }
}

function environment() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return { win, doc, env: { window: win, document: doc, pullIntervalMs: 60_000, debounceMs: 5 } };
}

describe('sync triggers [R12]', () => {
  it('syncs at launch, on focus, when visible again, on online, on a poke and after a mutate; stop ends it', async () => {
    const server = await startServer();
    const net = new FakeNetwork(() => server.service);
    const { win, doc, env } = environment();
    const lea = await connectClient(net, actors.lea, { environment: env });
    fakeClock();
    const kinds: string[] = [];
    lea.client.start();
    await serve(net, kinds, () => kinds.length === 1);
    expect(kinds).toEqual(['pull']);
    expect(net.pokeListenerCount).toBe(1);

    for (const fire of [
      () => win.dispatchEvent(new Event('focus')),
      () => doc.dispatchEvent(new Event('visibilitychange')),
      () => win.dispatchEvent(new Event('online')),
      () => net.poke(42),
    ]) {
      const before = kinds.length;
      fire();
      await serve(net, kinds, () => kinds.length === before + 1);
    }
    expect(kinds).toEqual(['pull', 'pull', 'pull', 'pull', 'pull']);

    await lea.store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
    await lea.store.mutate('signature.note', { id: ids.image, note: 'row 2' }, actors.lea);
    await serve(net, kinds, () => kinds.length === 7);
    expect(kinds.slice(5)).toEqual(['push', 'pull']);
    expect(await server.store.getEntity('signature', ids.image)).toMatchObject({
      status: 'in-position',
      note: 'row 2',
    });

    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('offline'));
    expect(lea.status.getState()).toMatchObject({ online: false, status: 'offline' });
    lea.client.stop();
    expect(net.pokeListenerCount).toBe(0);
    // Stopped: no timer is left (periodic pull, debounce, retry), and no event or poke brings a request,
    // even an hour of (fake) time later.
    expect(vi.getTimerCount()).toBe(0);
    win.dispatchEvent(new Event('focus'));
    win.dispatchEvent(new Event('online'));
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    net.poke(43);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(net.queue).toHaveLength(0);
  });

  it('pulls every interval', async () => {
    const server = await startServer();
    const net = new FakeNetwork(() => server.service);
    const { env } = environment();
    const lea = await connectClient(net, actors.lea, { environment: { ...env, pullIntervalMs: 20 } });
    fakeClock();
    const kinds: string[] = [];
    const started = Date.now();
    lea.client.start();
    await serve(net, kinds, () => kinds.length >= 3);
    lea.client.stop();
    // The launch pull, then one at each interval: the third comes at 2 × 20 ms of (fake) time.
    expect(kinds).toEqual(['pull', 'pull', 'pull']);
    expect(Date.now() - started).toBe(40);
  });

  it('retries with backoff after a network failure', async () => {
    const server = await startServer();
    const net = new FakeNetwork(() => server.service);
    const { env } = environment();
    // random() = 0: the first retry waits half of the 1 s base.
    const lea = await connectClient(net, actors.lea, { environment: env, random: () => 0 });
    fakeClock();
    const kinds: string[] = [];
    lea.client.start();
    await serve(
      net,
      kinds,
      () => kinds.length === 1,
      () => 'drop-request' as never,
    );
    await vi.advanceTimersByTimeAsync(0);
    const failedAt = Date.now();
    expect(lea.status.getState()).toMatchObject({ status: 'offline', retryAt: failedAt + 500 });
    // Not a millisecond early (the clock is fake), then the retry, which succeeds.
    await vi.advanceTimersByTimeAsync(499);
    expect(net.queue).toHaveLength(0);
    await serve(net, kinds, () => net.queue.length > 0);
    expect(Date.now() - failedAt).toBe(500);
    await serve(net, kinds, () => lea.status.getState().lastSyncAt !== null);
    lea.client.stop();
    expect(kinds).toEqual(['pull', 'pull']);
    expect(lea.status.getState()).toMatchObject({ status: 'idle', online: true, retryAt: null });
  });
});
