// Storage failures the app must tell apart: a full phone (QuotaExceededError, however wrapped) and the rest.

/** How deep to look through wrapped errors (Dexie's `inner`, `cause`, a BulkError's `failures`). */
const MAX_DEPTH = 4;

/**
 * True when `error` is, or wraps, the browser's refusal for lack of space. IndexedDB reports it as
 * a DOMException named QuotaExceededError (code 22); Dexie rethrows it as its own
 * QuotaExceededError, or as an AbortError of the transaction whose `inner` is the DOMException;
 * the Cache API rejects with the DOMException itself.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > MAX_DEPTH) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (e.name === 'DOMException' && e.code === 22) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

/**
 * The phone has no room left for this write, even after freeing what may be freed (the reserve,
 * and for a tap the newest snapshot). Nothing was written; the caller retries later and shows
 * `storage.full` in the user's language, never this message.
 */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/** Why a write to the phone failed, as a key the screens translate (`storage.reason.<kind>`). */
export type StorageFailure = 'full' | 'closed' | 'other';

export function storageFailure(error: unknown): StorageFailure {
  if (error instanceof StorageFullError || isQuotaError(error)) return 'full';
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') return 'closed';
  return 'other';
}

/**
 * What a write may do when the browser says the phone is full: free some space and say whether it
 * did (then the write is tried again). `tap`: a user's change, which may cost the newest snapshot
 * (taps before photos); `sync`: acknowledgements and plan changes, which may use the reserve only.
 */
export type MakeRoom = (purpose: 'tap' | 'sync') => Promise<boolean>;

/** Most times one write is retried after freeing space (each retry needs something freed). */
const MAX_ROOM_RETRIES = 6;

/** Runs `write`; on a quota refusal frees space with `makeRoom` and tries again, else StorageFullError. */
export async function withRoom<T>(
  write: () => Promise<T>,
  makeRoom: MakeRoom | undefined,
  purpose: 'tap' | 'sync',
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const freed =
        attempt < MAX_ROOM_RETRIES && makeRoom ? await makeRoom(purpose).catch(() => false) : false;
      if (!freed) throw new StorageFullError('no room left on this device for the write', { cause: error });
    }
  }
}
