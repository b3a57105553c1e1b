// The poker: in-process pub/sub that tells connected clients (SSE) a new version was committed.
export type PokeListener = (version: number) => void;

export interface Poker {
  /** Call only after COMMIT: a client poked before the commit would pull the old state. */
  poke(version: number): void;
  subscribe(listener: PokeListener): () => void;
  readonly size: number;
}

export function createPoker(): Poker {
  const listeners = new Set<PokeListener>();
  return {
    poke(version) {
      for (const listener of [...listeners]) {
        try {
          listener(version);
        } catch {
          // A broken subscriber (a socket that just died) must not stop the others being poked.
          listeners.delete(listener);
        }
      }
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
