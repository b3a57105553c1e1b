// A collapsing venue network around the real HTTP transport: while "offline" every request fails as the
// browser's fetch would, answers in flight when the network drops are lost, and the poke stream closes.
import type { Transport } from '../../src/client/sync/index.ts';
import { SyncNetworkError } from '../../src/client/sync/transport.ts';
import type { PushResponse } from '../../src/shared/protocol/messages.ts';

export interface FlakyNetwork {
  transport: Transport;
  readonly online: boolean;
  setOnline(online: boolean): void;
  /** Requests refused or whose answer was lost, for the figures. */
  readonly failures: number;
  /** How many times the network went down. */
  readonly drops: number;
  /** Poke streams closed by the drop and parked until the network is back (none open while parked). */
  readonly waitingForNetwork: number;
}

export function createFlakyNetwork(
  inner: Transport,
  onPushAnswer: (response: PushResponse) => void,
): FlakyNetwork {
  let online = true;
  /** Bumped at each drop: an answer that arrives after a drop it did not see is thrown away. */
  let generation = 0;
  let failures = 0;
  let dropCount = 0;
  const drops = new Set<() => void>();
  const backOnline = new Set<() => void>();

  async function guarded<T>(call: () => Promise<T>): Promise<T> {
    if (!online) {
      failures++;
      throw new SyncNetworkError('cannot reach the server: the venue network is down (rehearsal)');
    }
    const seen = generation;
    const result = await call();
    // The server may have committed, but the phone never hears it: the next push retries (exactly once).
    if (seen !== generation) {
      failures++;
      throw new SyncNetworkError('the answer was lost: the venue network dropped (rehearsal)');
    }
    return result;
  }

  const transport: Transport = {
    push: (request) =>
      guarded(() => inner.push(request)).then((response) => {
        onPushAnswer(response);
        return response;
      }),
    pull: (request) => guarded(() => inner.pull(request)),
    async poke(onPoke, signal) {
      while (!signal.aborted) {
        if (!online) await waitFor(backOnline, signal);
        if (signal.aborted) return;
        const connection = new AbortController();
        const drop = () => connection.abort();
        const stop = () => connection.abort();
        drops.add(drop);
        signal.addEventListener('abort', stop, { once: true });
        try {
          await inner.poke(onPoke, connection.signal);
        } finally {
          drops.delete(drop);
          signal.removeEventListener('abort', stop);
        }
      }
    },
  };

  return {
    transport,
    get online() {
      return online;
    },
    get failures() {
      return failures;
    },
    get drops() {
      return dropCount;
    },
    get waitingForNetwork() {
      return backOnline.size;
    },
    setOnline(next) {
      if (next === online) return;
      online = next;
      if (!next) {
        generation++;
        dropCount++;
        for (const drop of [...drops]) drop();
      } else {
        for (const wake of [...backOnline]) wake();
      }
    },
  };
}

function waitFor(listeners: Set<() => void>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      listeners.delete(done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    listeners.add(done);
    signal.addEventListener('abort', done, { once: true });
  });
}
