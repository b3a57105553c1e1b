// Phone snapshots as a queue: each kept until the server has it, then its bytes are removed (space comes back).
import type { SnapshotBudget } from './budget.ts';
import type { MakeRoom } from './errors.ts';
import { isQuotaError } from './errors.ts';
import { byCodePoint } from '../../shared/sync/order.ts';

/** Why a snapshot will not be uploaded (shown translated, `snapshot.refused.<code>`). */
export type RefusedCode =
  | 'forbidden' // 403: not assigned to the image's moment
  | 'not_found' // 404: the image no longer exists
  | 'conflict' // 409: the id belongs to another image, or other bytes
  | 'too_large' // 413
  | 'invalid' // 400/415: not a JPEG
  | 'dropped' // removed on this phone to make room for a tap (taps before photos)
  | 'lost' // its bytes are gone from this phone (the browser cleared them) and the server has none
  | 'other';

/** Why the last upload attempt failed, retried later (`snapshot.retry.<code>`). */
export type RetryCode = 'offline' | 'server' | 'timeout';

/** One snapshot's state on this phone; its bytes live apart (they are removed once uploaded). */
export interface LocalPreview {
  previewId: string;
  signatureId: string;
  type: string;
  /** Bytes of the JPEG, counted against the snapshot budget while they are on the phone. */
  size: number;
  createdAt: string;
  /** waiting: to upload (again at `retryAt`); uploaded: the server has it; failed: refused for good. */
  state: 'waiting' | 'uploaded' | 'failed';
  /** Upload attempts that failed and will be retried. */
  attempts: number;
  retryAt?: string;
  retryCode?: RetryCode;
  /** When the server acknowledged it (PUT answered 200/201). */
  uploadedAt?: string;
  refusedCode?: RefusedCode;
  /** The server's own words, when it gave some (kept for support; the screen shows `refusedCode`). */
  refusedReason?: string;
  /** Being uploaded now by this tab (set by the hooks, never stored). */
  uploading?: boolean;
}

/** A snapshot as the camera screen hands it over. */
export interface NewPreview {
  previewId: string;
  signatureId: string;
  bytes: ArrayBuffer;
  type: string;
  createdAt: string;
}

/** Why a snapshot was not kept: over the snapshot budget, or the browser is out of room. */
export class PreviewQuotaError extends Error {
  override name = 'PreviewQuotaError';
  constructor(
    readonly kind: 'budget' | 'full',
    options?: { cause?: unknown },
  ) {
    super(kind === 'budget' ? 'the snapshot budget is used up' : 'no room left on this phone', options);
  }
}

export interface LocalPreviewStore {
  /** Keeps a new snapshot (waiting). Throws PreviewQuotaError, having kept nothing, when it does not fit. */
  add(preview: NewPreview): Promise<void>;
  /** Removes a snapshot just added whose tap could not be recorded (nothing half-kept). */
  discard(previewId: string): Promise<void>;
  /** The JPEG while it is on this phone. */
  bytes(previewId: string): Promise<Blob | undefined>;
  get(previewId: string): Promise<LocalPreview | undefined>;
  /** Every snapshot this phone knows of, oldest first. */
  list(): Promise<LocalPreview[]>;
  /** Waiting snapshots, oldest first; none while the oldest waits out its backoff at `now` (uploads go in turn). */
  due(now: Date): Promise<LocalPreview[]>;
  /** The snapshot being uploaded now (in this tab), for "uploading". */
  uploading(): string | null;
  setUploading(previewId: string | null): void;
  /** The server has it: its bytes are removed first (space comes back), then its state is recorded. */
  markUploaded(previewId: string, at: string): Promise<void>;
  markRetry(previewId: string, retryCode: RetryCode, retryAt: string): Promise<void>;
  markRefused(previewId: string, code: RefusedCode, reason?: string): Promise<void>;
  /** Frees space for a tap by removing the newest waiting snapshot (shown as dropped); false if none. */
  dropNewest(): Promise<boolean>;
  /** Gives back the reserve kept for taps; false if it was already gone. */
  releaseReserve(): Promise<boolean>;
  /** Called after every change on this store; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Where the states live (IndexedDB, or memory). */
export interface PreviewRows {
  all(): Promise<LocalPreview[]>;
  get(previewId: string): Promise<LocalPreview | undefined>;
  put(row: LocalPreview): Promise<void>;
  delete(previewIds: string[]): Promise<void>;
}

/** Where the bytes live: the Cache API in the browser (deleting there gives the space back at once). */
export interface PreviewBytes {
  put(previewId: string, bytes: ArrayBuffer, type: string): Promise<void>;
  get(previewId: string): Promise<Blob | undefined>;
  delete(previewId: string): Promise<void>;
}

/** Room kept for taps that snapshots may never use: held while there is space, released when a tap needs it. */
export interface Reserve {
  /** Makes sure it is held; false when the phone has no room for it. */
  ensure(): Promise<boolean>;
  /** Frees it; true if it was held. */
  release(): Promise<boolean>;
}

/** Uploaded snapshots whose state is kept beyond this many days are forgotten (the server has them). */
const KEEP_UPLOADED_DAYS = 7;

export interface PreviewStoreParts {
  rows: PreviewRows;
  bytes: PreviewBytes;
  reserve: Reserve;
  budget: SnapshotBudget;
}

/** The snapshot queue, written once over its parts (IndexedDB + Cache API in the app, memory in tests). */
export function createPreviewStore(parts: PreviewStoreParts): LocalPreviewStore {
  const { rows, bytes, reserve, budget } = parts;
  const { subscribe, notify } = createListeners();
  let uploading: string | null = null;

  const sorted = async () => (await rows.all()).sort((a, b) => byCodePoint(a.createdAt, b.createdAt));
  const save = async (row: LocalPreview | undefined, patch: Partial<LocalPreview>) => {
    if (row) await rows.put(stripped({ ...row, ...patch }));
    notify();
  };
  const update = async (previewId: string, patch: Partial<LocalPreview>) =>
    save(await rows.get(previewId), patch);
  /** Bytes on the phone: waiting and failed snapshots (failed ones stay, so nothing is dropped silently). */
  const used = async () =>
    (await rows.all()).reduce(
      (n, r) => n + (r.state === 'uploaded' || r.refusedCode === 'dropped' ? 0 : r.size),
      0,
    );

  async function add(preview: NewPreview): Promise<void> {
    const size = preview.bytes.byteLength;
    if (!(await budget.allows(size, await used()))) throw new PreviewQuotaError('budget');
    // The reserve first: a snapshot may fill the phone only up to the room kept for taps.
    if (!(await reserve.ensure().catch(() => false))) throw new PreviewQuotaError('full');
    const row: LocalPreview = {
      previewId: preview.previewId,
      signatureId: preview.signatureId,
      type: preview.type,
      size,
      createdAt: preview.createdAt,
      state: 'waiting',
      attempts: 0,
    };
    try {
      await bytes.put(preview.previewId, preview.bytes, preview.type);
      await rows.put(row);
    } catch (error) {
      await bytes.delete(preview.previewId).catch(() => undefined);
      if (isQuotaError(error)) throw new PreviewQuotaError('full', { cause: error });
      throw error;
    }
    notify();
  }

  async function markUploaded(previewId: string, at: string): Promise<void> {
    const row = await rows.get(previewId);
    await bytes.delete(previewId);
    await save(row, {
      state: 'uploaded',
      uploadedAt: at,
      attempts: 0,
      retryAt: undefined,
      retryCode: undefined,
    });
    // Space came back: hold the reserve again, and forget old states.
    await reserve.ensure().catch(() => false);
    const cutoff = new Date(Date.parse(at) - KEEP_UPLOADED_DAYS * 86_400_000).toISOString();
    const old = (await rows.all()).filter((r) => r.state === 'uploaded' && (r.uploadedAt ?? '') < cutoff);
    if (old.length > 0) await rows.delete(old.map((r) => r.previewId));
  }

  return {
    add,
    async discard(previewId) {
      await bytes.delete(previewId);
      await rows.delete([previewId]);
      notify();
    },
    bytes: (previewId) => bytes.get(previewId),
    get: (previewId) => rows.get(previewId),
    list: sorted,
    async due(at) {
      // In turn: while the oldest waits out its backoff, the younger ones wait behind it.
      const waiting = (await sorted()).filter((r) => r.state === 'waiting');
      const head = waiting[0];
      return head?.retryAt && head.retryAt > at.toISOString() ? [] : waiting;
    },
    uploading: () => uploading,
    setUploading(previewId) {
      uploading = previewId;
      notify();
    },
    markUploaded,
    async markRetry(previewId, retryCode, retryAt) {
      const row = await rows.get(previewId);
      await update(previewId, { retryCode, retryAt, attempts: (row?.attempts ?? 0) + 1 });
    },
    async markRefused(previewId, refusedCode, refusedReason) {
      await update(previewId, { state: 'failed', refusedCode, refusedReason, retryAt: undefined });
    },
    async dropNewest() {
      const newest = (await sorted()).filter((r) => r.state === 'waiting' && r.previewId !== uploading).pop();
      if (!newest) return false;
      await bytes.delete(newest.previewId);
      await save(newest, { state: 'failed', refusedCode: 'dropped' });
      return true;
    },
    releaseReserve: () => reserve.release(),
    subscribe,
  };
}

/**
 * The local store's space keeper (taps before photos): give back the reserve first; for a tap,
 * then drop the newest waiting snapshot. Returns whether anything was freed.
 */
export function makeRoomWith(previews: LocalPreviewStore): MakeRoom {
  return async (purpose) =>
    (await previews.releaseReserve()) || (purpose === 'tap' && (await previews.dropNewest()));
}

/** Optional fields set to undefined are left out (IndexedDB would keep them as undefined). */
function stripped(row: LocalPreview): LocalPreview {
  return Object.fromEntries(
    Object.entries(row).filter(([, v]) => v !== undefined),
  ) as unknown as LocalPreview;
}

/** Listener bookkeeping. */
export function createListeners() {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    notify() {
      for (const l of listeners) l();
    },
  };
}
