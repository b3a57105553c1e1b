// The phone's storage budget: how many snapshot bytes it keeps at most, and the room kept for taps.

/**
 * Most snapshot bytes kept on the phone at once (waiting to upload, or refused and shown).
 * A 1600 px preview is 200–600 KB: 48 MiB holds about a hundred, a whole day of shooting with no
 * network, while leaving the rest of the origin's quota to the plan, the outbox, the app shell
 * and the map tiles. Uploaded snapshots do not count: their bytes are removed.
 */
export const SNAPSHOT_CAP_BYTES = 48 * 1024 * 1024;

/** At most this share of the browser's quota for snapshots, when the browser says its quota. */
export const SNAPSHOT_QUOTA_SHARE = 0.25;

/**
 * Room kept for taps and sync that snapshots never use: a Cache API entry of this many bytes,
 * freed the moment a write of the plan is refused for lack of space. 1 MiB holds hundreds of taps
 * and notes (a few KB each, in IndexedDB's log) and several pull chunks (64 KiB each). A cache entry
 * rather than a row: deleting a row does not give IndexedDB space back at once, deleting a cache
 * entry does (Chromium accounts both in one quota).
 */
export const RESERVE_BYTES = 1024 * 1024;

/** The browser's own figures (`navigator.storage.estimate()`), when it gives them. */
export type Estimate = () => Promise<{ usage?: number; quota?: number } | undefined>;

export interface SnapshotBudget {
  /** Whether `size` more bytes fit, with `used` snapshot bytes already on the phone. */
  allows(size: number, used: number): Promise<boolean>;
}

/**
 * The cap, narrowed by the browser's estimate where it is reliable: a finite quota with usage
 * below it. Chromium's estimate ignores a quota overridden for tests and every browser rounds, so
 * this is a first check only: a QuotaExceededError is still caught on every write.
 */
export function snapshotBudget(
  estimate: Estimate = browserEstimate,
  cap: number = SNAPSHOT_CAP_BYTES,
): SnapshotBudget {
  return {
    async allows(size, used) {
      if (used + size > cap) return false;
      const figures = await estimate().catch(() => undefined);
      const quota = figures?.quota;
      const usage = figures?.usage;
      if (!quota || !Number.isFinite(quota) || usage === undefined || usage > quota) return true;
      return used + size <= quota * SNAPSHOT_QUOTA_SHARE && usage + size + RESERVE_BYTES <= quota;
    },
  };
}

const browserEstimate: Estimate = async () => globalThis.navigator?.storage?.estimate?.();
