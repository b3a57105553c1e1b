// React access to the phone's preview store: one per LocalStore (Dexie when the store is Dexie, memory otherwise).
import { useEffect, useState } from 'react';
import type { PlanDb } from './dexie-db.ts';
import { useLocalStore } from './hooks.ts';
import type { LocalPreview, LocalPreviewStore } from './previews.ts';
import { createMemoryPreviewStore } from './previews.ts';
import { createDexiePreviewStore } from './previews-dexie.ts';
import type { LiveLocalStore } from './table-store.ts';

const stores = new WeakMap<object, LocalPreviewStore>();

/** The preview store that lives beside `store`, in the same database when it is a Dexie one. */
export function previewStoreFor(store: LiveLocalStore): LocalPreviewStore {
  let previews = stores.get(store);
  if (!previews) {
    const db = (store as { db?: PlanDb }).db;
    previews = db ? createDexiePreviewStore(db) : createMemoryPreviewStore();
    stores.set(store, previews);
  }
  return previews;
}

/** Puts a given preview store beside `store` (tests: a full phone, a shared fake). */
export function attachPreviewStore(store: LiveLocalStore, previews: LocalPreviewStore): void {
  stores.set(store, previews);
}

export function usePreviewStore(): LocalPreviewStore {
  return previewStoreFor(useLocalStore());
}

/** Every preview taken on this phone, kept up to date; undefined while loading. */
export function useLocalPreviews(): LocalPreview[] | undefined {
  const previews = usePreviewStore();
  const [rows, setRows] = useState<LocalPreview[]>();
  useEffect(() => {
    let live = true;
    const load = () => void previews.list().then((r) => live && setRows(r));
    load();
    const unsubscribe = previews.subscribe(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [previews]);
  return rows;
}
