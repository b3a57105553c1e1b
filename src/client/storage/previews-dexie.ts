// The Dexie adapter of the local preview store: table `previews` (schema version 2 of the phone's database).
import { Dexie } from 'dexie';
import type { PlanDb } from './dexie-db.ts';
import type { LocalPreviewStore } from './previews.ts';
import { createListeners, isQuotaError, PreviewQuotaError } from './previews.ts';

export function createDexiePreviewStore(db: PlanDb): LocalPreviewStore {
  const { subscribe, notify } = createListeners();
  // The browser may close the database (storage pressure, another tab's upgrade): reopen once, as the store does.
  const run = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof Dexie.DatabaseClosedError)) throw error;
      await db.open();
      return fn();
    }
  };
  const sorted = async () =>
    (await run(() => db.previews.toArray())).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const update = async (previewId: string, patch: { uploadedAt?: string; refusedReason?: string }) => {
    await run(() => db.previews.update(previewId, patch));
    notify();
  };
  return {
    async put(preview) {
      try {
        await run(() => db.previews.put(preview));
      } catch (error) {
        if (isQuotaError(error)) throw new PreviewQuotaError('QuotaExceededError', { cause: error });
        throw error;
      }
      notify();
    },
    get: (previewId) => run(() => db.previews.get(previewId)),
    pendingUploads: async () => (await sorted()).filter((p) => !p.uploadedAt && !p.refusedReason),
    list: sorted,
    markUploaded: (id, at) => update(id, { uploadedAt: at }),
    markRefused: (id, reason) => update(id, { refusedReason: reason }),
    subscribe,
  };
}
