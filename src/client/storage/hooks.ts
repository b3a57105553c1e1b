// React bindings of the local store: a provider, and live hooks the screens read domain data from.
import { useObservable } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { createContext, createElement, useContext } from 'react';
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { PendingMutation, StoredRejection, SyncMeta } from './port.ts';
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
const PENDING_LIMIT = 10_000;

/**
 * Live result of `query` on the store: undefined while loading, then updated after every
 * mutate() and applyPull() (with Dexie, also those of other tabs). Reads made in ONE query see
 * the same state; separate hooks may update at different renders, so a screen that compares
 * several reads (meta and rows, say) must make them in one query.
 */
export function useLive<T>(query: (store: LiveLocalStore) => Promise<T>, deps: unknown[]): T | undefined {
  const store = useLocalStore();
  // The factory is re-created only when the store or the deps change (dexie-react-hooks contract).
  return useObservable(() => store.observe(() => query(store)), [store, ...deps]);
}

/** Every row of a kind, as the UI should show it (server state + this phone's pending changes). */
export function useEntities<K extends Kind>(kind: K): Entity<K>[] | undefined {
  return useLive((store) => store.list(kind), [kind]);
}

/** One row; undefined while loading or when it does not exist (`null` is never returned). */
export function useEntity<K extends Kind>(kind: K, id: string): Entity<K> | undefined {
  return useLive((store) => store.get(kind, id), [kind, id]);
}

/** The outbox, oldest first: "n changes waiting on this phone", and per-item sync state. */
export function usePendingMutations(): PendingMutation[] | undefined {
  return useLive((store) => store.pending(PENDING_LIMIT), []);
}

/** Changes the server refused, with its reason, until the user dismisses them. */
export function useRejections(): StoredRejection[] | undefined {
  return useLive((store) => store.rejections(), []);
}

/** clientID, cookie, last sync time and session. */
export function useSyncMeta(): SyncMeta | undefined {
  return useLive((store) => store.getMeta(), []);
}
