// UI state of sync (online, syncing, last error, status), written by the sync client, read by the header.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * - idle: nothing in flight (pending changes, if any, are shown from the outbox);
 * - syncing: a push/pull cycle is running;
 * - offline: the last cycle could not reach the server; retrying with backoff;
 * - error: the server answered with an error that retrying may not fix (see lastError);
 * - signed-out: the device token was refused (401); the outbox is kept until the user signs in again;
 * - update-required: the server no longer accepts this app version (409 client_too_old).
 */
export type SyncStatus = 'idle' | 'syncing' | 'offline' | 'error' | 'signed-out' | 'update-required';

export interface SyncState {
  status: SyncStatus;
  /** The browser's view (navigator.onLine and the last request's outcome). */
  online: boolean;
  lastError: string | null;
  /** The last cycle failed because this phone's storage is full (shown translated, not lastError). */
  storageFull: boolean;
  /** When the last full cycle (push + pull) succeeded, ISO 8601. */
  lastSyncAt: string | null;
  /** When the next retry after a failure is due (ms since epoch), for "retrying in 12 s". */
  retryAt: number | null;
  /** Rows from the server this app cannot read, kept aside (sync/data-version.ts). */
  rowsAside: number;
  /** The server's data is newer than this app, or rows are aside: an update of the app is waiting. */
  updateWaiting: boolean;
}

export const initialSyncState: SyncState = {
  status: 'idle',
  online: true,
  lastError: null,
  storageFull: false,
  lastSyncAt: null,
  retryAt: null,
  rowsAside: 0,
  updateWaiting: false,
};

export type SyncStatusStore = ReturnType<typeof createSyncStatusStore>;

/** A separate store per sync client in tests; the app uses the one below. */
export function createSyncStatusStore(initial: Partial<SyncState> = {}) {
  return createStore<SyncState>()(() => ({ ...initialSyncState, ...initial }));
}

export const syncStatusStore = createSyncStatusStore();

/** `useSyncStatus((s) => s.status)`: a narrow selector keeps the header from re-rendering needlessly. */
export function useSyncStatus<T>(selector: (state: SyncState) => T): T {
  return useStore(syncStatusStore, selector);
}
