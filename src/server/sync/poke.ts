// The poker: in-process pub/sub that tells connected clients (SSE) a new version was committed, pokes coalesced.
import type { PokePatch } from './poke-patch.ts';
import { mergePatches } from './poke-patch.ts';

/** `patch`: the rows of (patch.from, version] when the poke may carry them (R15), else null. */
export type PokeListener = (version: number, patch: PokePatch | null) => void;

export interface Poker {
  /**
   * Call only after COMMIT: a client poked before the commit would pull the old state. `patch`,
   * when given, holds exactly the rows of versions (patch.from, version] (one push's, poke-patch.ts).
   */
  poke(version: number, patch?: PokePatch | null): void;
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
 * A merged poke carries a patch only when the window's pokes all carried one and their version
 * ranges follow each other up to the version poked (no commit of another process, or of a push
 * whose rows could not ride, in between); otherwise it carries none and devices pull.
 */
export function createPoker(options: { coalesceMs?: number } = {}): Poker {
  const coalesceMs = options.coalesceMs ?? 0;
  const listeners = new Set<PokeListener>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent = -1;
  let latest = -1;
  /** The patch of the pokes since the last send; null once one of them could not carry its rows. */
  let chain: PokePatch | null = null;
  let broken = false;

  const collect = (version: number, patch: PokePatch | null | undefined) => {
    if (version <= sent || broken) return; // a late poke of a version already announced
    if (!patch || patch.version !== version) {
      broken = true;
      chain = null;
      return;
    }
    chain = chain ? mergePatches(chain, patch) : patch;
    if (chain === null) broken = true;
  };
  const send = (version: number) => {
    const patch = !broken && chain && chain.version === version ? chain : null;
    sent = version;
    chain = null;
    broken = false;
    for (const listener of [...listeners]) {
      try {
        listener(version, patch);
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
    poke(version, patch) {
      latest = Math.max(latest, version);
      if (coalesceMs <= 0) {
        collect(version, patch);
        return send(version);
      }
      collect(version, patch);
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
