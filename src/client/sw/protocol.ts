// Messages between the pages and the service worker: update guard, tab count, install failures.

/** Broadcast by a new version's worker to every page of the origin (BroadcastChannel). */
export const UPDATE_CHANNEL = 'plan-de-jeu-updates';

export type UpdateNotice =
  /** The new version waits: the outbox holds unsent changes (it installs once they are sent). */
  | { type: 'update-deferred' }
  /** The new version could not be installed; `storage-full` when the browser refused the space. */
  | { type: 'update-failed'; reason: 'storage-full' | 'other' };

/** Page → worker. SKIP_WAITING is workbox-window's own message (activate the waiting version). */
export type PageMessage = { type: 'SKIP_WAITING' } | { type: 'COUNT_TABS' };

/** Worker → page, on the MessagePort sent with COUNT_TABS: open windows of the app, this one included. */
export interface TabCount {
  tabs: number;
}
