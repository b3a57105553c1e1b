// The rehearsal's own parts: the seeded generator replays, rows compare whatever their key order, and
// the venue network refuses while down and loses an answer that was in flight when it dropped.
import { createRng } from '../../bench/rehearsal/prng.ts';
import { createFlakyNetwork } from '../../bench/rehearsal/network.ts';
import { stableJson } from '../../bench/rehearsal/stable-json.ts';
import { SyncNetworkError } from '../../src/client/sync/transport.ts';
import type { Transport } from '../../src/client/sync/transport.ts';
import type { PullResponse, PushResponse } from '../../src/shared/protocol/messages.ts';
import { WIRE } from '../fakes/wire.ts';

const CLIENT = '00000000-0000-4000-8000-000000000001';
const PULL = { ...WIRE, clientID: CLIENT, cookie: null, ackedMutationID: 0 };
const PUSH = {
  ...WIRE,
  clientID: CLIENT,
  mutations: [{ id: 1, name: 'x', args: {}, at: '2024-07-26T10:00:00.000Z' }],
};
const PULLED: PullResponse = { cookie: 3, lastMutationID: 0, patch: [], rejected: [] };
const PUSHED: PushResponse = { lastMutationID: 1, results: [{ id: 1, outcome: 'applied' }] };

describe('the seeded generator', () => {
  it('replays the same choices for the same seed and fork, and differs otherwise', () => {
    const draw = (seed: number, salt: number) => {
      const rng = createRng(seed).fork(salt);
      return Array.from({ length: 20 }, () => rng.int(1, 6));
    };
    expect(draw(7, 3)).toEqual(draw(7, 3));
    expect(draw(7, 3)).not.toEqual(draw(7, 4));
    expect(draw(7, 3)).not.toEqual(draw(8, 3));
    expect(draw(7, 3).every((n) => n >= 1 && n <= 6)).toBe(true);
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});

describe('stableJson', () => {
  it('ignores key order, keeps array order and drops undefined fields as JSON does', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe(stableJson({ a: { d: [2, 1] }, b: 1 }));
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }));
  });
});

describe('the venue network', () => {
  function fakeTransport() {
    let release: (() => void) | null = null;
    const calls = { push: 0, pull: 0 };
    const inner: Transport = {
      push: async () => {
        calls.push++;
        await new Promise<void>((resolve) => (release = resolve));
        return PUSHED;
      },
      pull: async () => {
        calls.pull++;
        return PULLED;
      },
      poke: async (_onPoke, signal) => {
        await new Promise<void>((resolve) =>
          signal.addEventListener('abort', () => resolve(), { once: true }),
        );
      },
    };
    return { inner, calls, release: () => release?.() };
  }

  it('refuses every request while down, as fetch does, without reaching the server', async () => {
    const fake = fakeTransport();
    const net = createFlakyNetwork(fake.inner, () => undefined);
    net.setOnline(false);
    await expect(net.transport.pull(PULL)).rejects.toBeInstanceOf(SyncNetworkError);
    expect(fake.calls.pull).toBe(0);
    expect(net.failures).toBe(1);
    expect(net.drops).toBe(1);
    net.setOnline(true);
    await expect(net.transport.pull(PULL)).resolves.toEqual(PULLED);
  });

  it('loses the answer of a push in flight when the network drops (the server may have applied it)', async () => {
    const fake = fakeTransport();
    const answers: PushResponse[] = [];
    const net = createFlakyNetwork(fake.inner, (r) => answers.push(r));
    const pending = net.transport.push(PUSH);
    await vi.waitFor(() => expect(fake.calls.push).toBe(1));
    net.setOnline(false);
    fake.release();
    await expect(pending).rejects.toThrow(/answer was lost/);
    expect(answers).toEqual([]);
  });

  it('closes the poke stream while down and opens it again when back', async () => {
    const fake = fakeTransport();
    const opened = vi.fn();
    const inner: Transport = {
      ...fake.inner,
      poke: (onPoke, signal) => {
        opened();
        return fake.inner.poke(onPoke, signal);
      },
    };
    const net = createFlakyNetwork(inner, () => undefined);
    const stop = new AbortController();
    const running = net.transport.poke(() => undefined, stop.signal);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    net.setOnline(false);
    // Parked until the network is back: from there it cannot open a stream before setOnline(true).
    await vi.waitFor(() => expect(net.waitingForNetwork).toBe(1));
    expect(opened).toHaveBeenCalledTimes(1);
    net.setOnline(true);
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(2));
    stop.abort();
    await running;
  });
});
