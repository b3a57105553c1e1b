// The local store's public surface: adapters, hooks and the port; the rest of the app imports from here.
export type * from './port.ts';
export { createDexieStore, DEFAULT_DB_NAME } from './dexie.ts';
export type { DexieLocalStore, DexieStoreOptions } from './dexie.ts';
export { createMemoryStore } from './memory.ts';
export type { MemoryStoreOptions } from './memory.ts';
export { InvalidMutationError, TableLocalStore } from './table-store.ts';
export type { LiveLocalStore } from './table-store.ts';
export {
  PENDING_COUNT_SEED,
  PENDING_LIMIT,
  PENDING_TARGETS_SEED,
  SESSION_SEED,
  StoreProvider,
  useEntities,
  useEntity,
  useLive,
  useLocalStore,
  usePendingCount,
  usePendingMutations,
  usePendingTargets,
  useRejections,
  useSession,
  useSyncMeta,
} from './hooks.ts';
export { plantSeed } from './seed.ts';
export { requestPersistentStorage, usePersistedStorage } from './persist.ts';
export { PreviewQuotaError } from './previews.ts';
export type { LocalPreview, LocalPreviewStore, NewPreview, RefusedCode, RetryCode } from './previews.ts';
export { createMemoryPreviewStore } from './previews-memory.ts';
export { isQuotaError, StorageFullError, storageFailure } from './errors.ts';
export type { StorageFailure } from './errors.ts';
export { RESERVE_BYTES, SNAPSHOT_CAP_BYTES } from './budget.ts';
export { attachPreviewStore, previewStoreFor, useLocalPreviews, usePreviewStore } from './previews-hooks.ts';
