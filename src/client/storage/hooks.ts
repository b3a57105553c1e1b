// React bindings of the local store: a provider, and live hooks the screens read domain data from.
import type { ReactNode } from 'react';
import { createContext, createElement, useContext, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { PendingMutation, StoredRejection, StoredSession, SyncMeta } from './port.ts';
import { share } from './share.ts';
import { sharedLive } from './shared-live.ts';
import { seeded } from './seed.ts';
import type { LiveLocalStore } from './table-store.ts';

const StoreContext = createContext<LiveLocalStore | null>(null);

export function StoreProvider({ store, children }: { store: LiveLocalStore; children?: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useLocalStore(): LiveLocalStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useLocalStore() needs a <StoreProvider store={…}> above it');
  return store;
}

/** Most pending mutations the hooks read; more than this waiting on one phone is already a lot. */
export const PENDING_LIMIT = 10_000;

/**
 * Live result of `query` on the store: undefined while loading, then updated after every
 * mutate() and applyPull() (with Dexie, also those of other tabs). Reads made in ONE query see
 * the same state; separate hooks may update at different renders, so a screen that compares
 * several reads (meta and rows, say) must make them in one query.
 *
 * A new result is shared structurally with the last one (share.ts): the parts that did not change
 * keep their objects, and a result equal to the last one renders nothing. `seedKey` names a read
 * made before the first render (seed.ts): the screen then shows it at once, without a loading step.
 * `shareKey` names the query and its deps for every hook of the app that makes the same read: they
 * then share one live query (shared-live.ts), so a tap re-reads it once, not once per component.
 */
export function useLive<T>(
  query: (store: LiveLocalStore) => Promise<T>,
  deps: unknown[],
  seedKey?: string,
  shareKey?: string,
): T | undefined {
  const store = useLocalStore();
  const last = useRef<{ deps: unknown[] | null; result: T | undefined; error: unknown }>({
    deps: null,
    result: undefined,
    error: null,
  });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const all = [store, ...deps];
  // New deps: start from the seed if one was read for them, else keep showing the last result
  // until the new query answers (a day switch does not flash "loading").
  if (!sameDeps(last.current.deps, all)) {
    const seed = seedKey === undefined ? undefined : seeded<T>(seedKey);
    last.current = { deps: all, result: seed ?? last.current.result, error: null };
  }
  // The observable is re-created only when the store or the deps change (a shared key names its deps).
  const observable = useMemo(
    () =>
      shareKey === undefined
        ? store.observe(() => query(store))
        : sharedLive(store, shareKey, () => store.observe(() => query(store))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    all,
  );
  useEffect(() => {
    const subscription = observable.subscribe(
      (value) => {
        const current = last.current;
        const next = share(current.result, value);
        if (next === current.result && current.error === null) return;
        current.result = next;
        current.error = null;
        rerender();
      },
      (error: unknown) => {
        last.current.error = error;
        rerender();
      },
    );
    return () => subscription.unsubscribe();
  }, [observable]);
  // An error goes to the nearest error boundary, as dexie-react-hooks did.
  if (last.current.error) throw last.current.error;
  return last.current.result;
}

function sameDeps(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
  return a !== null && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/** Every row of a kind, as the UI should show it (server state + this phone's pending changes). */
export function useEntities<K extends Kind>(kind: K): Entity<K>[] | undefined {
  return useLive((store) => store.list(kind), [kind], `entities/${kind}`, `entities/${kind}`);
}

/** One row; undefined while loading or when it does not exist (`null` is never returned). */
export function useEntity<K extends Kind>(kind: K, id: string): Entity<K> | undefined {
  return useLive((store) => store.get(kind, id), [kind, id]);
}

/** The outbox, oldest first: "n changes waiting on this phone", and per-item sync state. */
export function usePendingMutations(): PendingMutation[] | undefined {
  return useLive((store) => store.pending(PENDING_LIMIT), [], 'pending', 'pending');
}

/**
 * How many changes wait on this phone, undefined while loading: the sync bar's badge and the
 * update prompt need the number only, so a tap re-reads a count, not the whole outbox.
 */
export function usePendingCount(): number | undefined {
  return useLive((store) => store.pendingCount(), [], PENDING_COUNT_SEED, 'pending-count');
}

/**
 * The ids of the rows a waiting change names (images, moments…), in code-point order, undefined
 * while loading: what the screens mark "waiting on this phone", read through the outbox's index.
 */
export function usePendingTargets(): readonly string[] | undefined {
  return useLive((store) => store.pendingTargets(), [], PENDING_TARGETS_SEED, 'pending-targets');
}

/** The seed keys of the outbox's count and targets read before the first render (my-day-seed.ts). */
export const PENDING_COUNT_SEED = 'pending-count';
export const PENDING_TARGETS_SEED = 'pending-targets';

/** Changes the server refused, with its reason, until the user dismisses them. */
export function useRejections(): StoredRejection[] | undefined {
  return useLive((store) => store.rejections(), [], 'rejections', 'rejections');
}

/** clientID, cookie, last sync time and session. */
export function useSyncMeta(): SyncMeta | undefined {
  return useLive((store) => store.getMeta(), [], undefined, 'meta');
}

/**
 * Who is signed in on this phone (null: nobody), undefined while loading. Unlike useSyncMeta it
 * does not change at each tap (the meta's next mutation id does): the app's frame reads this.
 */
export function useSession(): StoredSession | null | undefined {
  return useLive(async (store) => (await store.getMeta()).session, [], SESSION_SEED, 'session');
}

/** The seed key of the session read before the first render (main.tsx). */
export const SESSION_SEED = 'session';
