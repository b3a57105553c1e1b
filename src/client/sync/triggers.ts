// What makes the sync client sync: launch, online, focus or visible again, a poke, a timer, a local change.
import { PULL_INTERVAL_MS } from '../../shared/protocol/limits.ts';

export interface SyncEnvironment {
  /** Receives `online`, `offline` and `focus`; the window by default. */
  window?: EventTarget | null;
  /** Receives `visibilitychange`; the document by default. */
  document?: (EventTarget & { visibilityState?: string }) | null;
  pullIntervalMs?: number;
  /** Wait after a local change before syncing, so a burst of taps goes in one push. */
  debounceMs?: number;
}

export const MUTATE_DEBOUNCE_MS = 20;

interface Wiring {
  environment: SyncEnvironment | undefined;
  sync(): void;
  onMutate(listener: () => void): () => void;
  poke(onPoke: () => void, signal: AbortSignal): Promise<void>;
  online(online: boolean): void;
}

/** Starts every trigger (and one sync now, at launch); returns the function that stops them all. */
export function wireTriggers(w: Wiring): () => void {
  const env = w.environment ?? {};
  const win = env.window === undefined ? (globalThis.window ?? null) : env.window;
  const doc = env.document === undefined ? (globalThis.document ?? null) : env.document;
  const abort = new AbortController();
  // Removed by hand at stop, not through `{ signal }`: Node's EventTarget holds a signal's removal
  // weakly, and a listener it lost kept syncing after stop in tests.
  const unlisten: (() => void)[] = [];
  const listen = (target: EventTarget | null, type: string, listener: () => void) => {
    target?.addEventListener(type, listener);
    unlisten.push(() => target?.removeEventListener(type, listener));
  };

  listen(win, 'online', () => {
    w.online(true);
    w.sync();
  });
  listen(win, 'offline', () => w.online(false));
  listen(win, 'focus', () => w.sync());
  listen(doc, 'visibilitychange', () => {
    if (doc?.visibilityState !== 'hidden') w.sync();
  });

  let debounce: ReturnType<typeof setTimeout> | undefined;
  const stopMutate = w.onMutate(() => {
    clearTimeout(debounce);
    debounce = setTimeout(w.sync, env.debounceMs ?? MUTATE_DEBOUNCE_MS);
  });
  const interval = setInterval(w.sync, env.pullIntervalMs ?? PULL_INTERVAL_MS);
  // A lost poke only costs latency: the other triggers catch up.
  void w.poke(() => w.sync(), abort.signal).catch(() => undefined);
  w.sync();

  return () => {
    for (const remove of unlisten) remove();
    abort.abort();
    stopMutate();
    clearTimeout(debounce);
    clearInterval(interval);
  };
}
