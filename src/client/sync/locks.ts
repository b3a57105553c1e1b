// One tab per device syncs at a time: each cycle runs under a Web Lock when the browser has them.

export const SYNC_LOCK_NAME = 'plan-de-jeu-sync';

/** The part of navigator.locks we use; tests pass a fake. */
export interface SyncLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** navigator.locks when present (every current browser); null in Node and very old WebViews. */
export function browserLocks(): SyncLocks | null {
  const locks = globalThis.navigator?.locks;
  if (!locks) return null;
  return { request: (name, callback) => locks.request(name, () => callback()) };
}

/** Runs `task` holding the sync lock; another tab's cycle finishes first. */
export function withSyncLock<T>(locks: SyncLocks | null, task: () => Promise<T>): Promise<T> {
  return locks ? locks.request(SYNC_LOCK_NAME, task) : task();
}
