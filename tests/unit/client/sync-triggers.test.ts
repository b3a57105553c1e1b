// start()/stop(): launch, focus, visibility, online, poke, the periodic pull, after a mutate, retry with backoff.
import { describe, expect, it } from 'vitest';
import type { QueuedRequest } from '../../fakes/transport.ts';
import { FakeNetwork } from '../../fakes/transport.ts';
import { actors, connectClient, ids, startServer } from './sync-fixtures.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Delivers every request as it comes, recording its kind, until `until()` or a timeout. */
async function serve(
  net: FakeNetwork,
  kinds: string[],
  until: () => boolean,
  fate = (_: QueuedRequest) => 'ok' as const,
) {
  const started = Date.now();
  while (!until()) {
    if (Date.now() - started > 3000) throw new Error(`timed out; requests so far: ${kinds.join(', ')}`);
    const next = net.queue[0];
    if (next) {
      kinds.push(next.kind);
      await net.deliver(fate(next));
    }
    await tick();
  }
}

function environment() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return { win, doc, env: { window: win, document: doc, pullIntervalMs: 60_000, debounceMs: 5 } };
}

describe('sync triggers', () => {
  it('syncs at launch, on focus, when visible again, on online, on a poke and after a mutate; stop ends it', async () => {
    const server = await startServer();
    const net = new FakeNetwork(() => server.service);
    const { win, doc, env } = environment();
    const lea = await connectClient(net, actors.lea, { environment: env });
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
    win.dispatchEvent(new Event('focus'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(net.queue).toHaveLength(0);
  });

  it('pulls every interval', async () => {
    const server = await startServer();
    const net = new FakeNetwork(() => server.service);
    const { env } = environment();
    const lea = await connectClient(net, actors.lea, { environment: { ...env, pullIntervalMs: 20 } });
    const kinds: string[] = [];
    lea.client.start();
    await serve(net, kinds, () => kinds.length >= 3);
    lea.client.stop();
    expect(kinds.slice(0, 3)).toEqual(['pull', 'pull', 'pull']);
  });

  it('retries with backoff after a network failure', async () => {
    const server = await startServer();
    const net = new FakeNetwork(() => server.service);
    const { env } = environment();
    // random() = 0: the first retry waits half of the 1 s base.
    const lea = await connectClient(net, actors.lea, { environment: env, random: () => 0 });
    const kinds: string[] = [];
    let fails = 1;
    lea.client.start();
    const started = Date.now();
    await serve(
      net,
      kinds,
      () => lea.status.getState().lastSyncAt !== null,
      () => (fails-- > 0 ? ('drop-request' as never) : 'ok'),
    );
    lea.client.stop();
    expect(kinds).toEqual(['pull', 'pull']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(lea.status.getState()).toMatchObject({ status: 'idle', online: true, retryAt: null });
  });
});
