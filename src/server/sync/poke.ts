// The poker: in-process pub/sub that tells connected clients (SSE) a new version was committed, pokes coalesced.
export type PokeListener = (version: number) => void;

export interface Poker {
  /** Call only after COMMIT: a client poked before the commit would pull the old state. */
  poke(version: number): void;
  subscribe(listener: PokeListener): () => void;
  readonly size: number;
}

/** The window over which pokes are merged in a running server: pushes landing together cost one pull per client. */
export const POKE_COALESCE_MS = 50;

/**
 * `coalesceMs` 0 (tests) pokes at once on every call. Above 0, the first poke after a quiet spell
 * goes out at once (no added latency for a lone tap), and the pokes of the next `coalesceMs` are
 * merged into one poke with the highest version at the end of that window: each client is poked at
 * most once per window whatever the number of pushes, and never misses the last version.
 */
export function createPoker(options: { coalesceMs?: number } = {}): Poker {
  const coalesceMs = options.coalesceMs ?? 0;
  const listeners = new Set<PokeListener>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent = -1;
  let latest = -1;

  const send = (version: number) => {
    sent = version;
    for (const listener of [...listeners]) {
      try {
        listener(version);
      } catch {
        // A broken subscriber (a socket that just died) must not stop the others being poked.
        listeners.delete(listener);
      }
    }
  };
  const closeWindow = () => {
    timer = undefined;
    if (latest > sent) {
      send(latest);
      timer = setTimeout(closeWindow, coalesceMs);
      timer.unref?.();
    }
  };

  return {
    poke(version) {
      latest = Math.max(latest, version);
      if (coalesceMs <= 0) return send(version);
      if (timer) return;
      send(latest);
      timer = setTimeout(closeWindow, coalesceMs);
      timer.unref?.();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get size() {
      return listeners.size;
    },
  };
}
