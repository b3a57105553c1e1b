// React access to the phone's preview store: one per LocalStore (Dexie when the store is Dexie, memory otherwise).
import { useEffect, useState } from 'react';
import { useLocalStore } from './hooks.ts';
import type { LocalPreview, LocalPreviewStore } from './previews.ts';
import { makeRoomWith } from './previews.ts';
import { createMemoryPreviewStore } from './previews-memory.ts';
import { share } from './share.ts';
import type { LiveLocalStore } from './table-store.ts';
import type { MakeRoom } from './errors.ts';

const stores = new WeakMap<object, LocalPreviewStore>();

/** The preview store that lives beside `store`, in the same database when it is a Dexie one. */
export function previewStoreFor(store: LiveLocalStore): LocalPreviewStore {
  let previews = stores.get(store) ?? (store as { previews?: LocalPreviewStore }).previews;
  if (!previews) {
    previews = createMemoryPreviewStore();
    attachPreviewStore(store, previews);
  }
  return previews;
}

/** Puts a given preview store beside `store` (tests: a full phone, a shared fake). */
export function attachPreviewStore(store: LiveLocalStore, previews: LocalPreviewStore): void {
  stores.set(store, previews);
  // The store frees room for taps through it, as the Dexie store does through its own.
  (store as { setMakeRoom?: (m: MakeRoom) => void }).setMakeRoom?.(makeRoomWith(previews));
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
    const load = () =>
      void previews.list().then(
        (r) => {
          // Shared with the last list: a snapshot that did not change keeps its object (memoised images).
          const next = r.map((p) => ({ ...p, uploading: p.previewId === previews.uploading() }));
          if (live) setRows((prev) => share(prev, next));
        },
        () => undefined, // a read that fails leaves the last list shown; the next change reloads it
      );
    load();
    const unsubscribe = previews.subscribe(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [previews]);
  return rows;
}
