// Phone snapshots waiting to reach the desk: kept on the phone (IndexedDB) until uploaded, and shown from here meanwhile.

export interface LocalPreview {
  previewId: string;
  signatureId: string;
  /** JPEG bytes (an ArrayBuffer rather than a Blob: older Safari could not keep Blobs in IndexedDB). */
  bytes: ArrayBuffer;
  type: string;
  createdAt: string;
  /** Set once the server stored it (PUT answered 200/201). */
  uploadedAt?: string;
  /** Set when the server refused it for good (403, 404, 409, 413…): shown, never retried blindly. */
  refusedReason?: string;
}

/** The phone is out of storage: the snapshot was not kept, and nothing else was touched. */
export class PreviewQuotaError extends Error {
  override name = 'PreviewQuotaError';
}

export interface LocalPreviewStore {
  /** Throws PreviewQuotaError when the browser refuses for lack of space. */
  put(preview: LocalPreview): Promise<void>;
  get(previewId: string): Promise<LocalPreview | undefined>;
  /** Not uploaded and not refused, oldest first. */
  pendingUploads(): Promise<LocalPreview[]>;
  /** Every preview this phone took, for per-item state ("snapshot waiting on this phone"). */
  list(): Promise<LocalPreview[]>;
  markUploaded(previewId: string, at: string): Promise<void>;
  markRefused(previewId: string, reason: string): Promise<void>;
  /** Called after every change on this store; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown; inner?: { name?: unknown } } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/** Listener bookkeeping the adapters share. */
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

/** In-memory adapter for tests (and the memory LocalStore); `quotaBytes` simulates a full phone. */
export function createMemoryPreviewStore(options: { quotaBytes?: number } = {}): LocalPreviewStore {
  const rows = new Map<string, LocalPreview>();
  const { subscribe, notify } = createListeners();
  const used = () => [...rows.values()].reduce((n, p) => n + p.bytes.byteLength, 0);
  const update = async (id: string, patch: Partial<LocalPreview>) => {
    const row = rows.get(id);
    if (row) rows.set(id, { ...row, ...patch });
    notify();
  };
  const sorted = () => [...rows.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    async put(preview) {
      if (options.quotaBytes !== undefined && used() + preview.bytes.byteLength > options.quotaBytes)
        throw new PreviewQuotaError('QuotaExceededError');
      rows.set(preview.previewId, preview);
      notify();
    },
    get: async (id) => rows.get(id),
    pendingUploads: async () => sorted().filter((p) => !p.uploadedAt && !p.refusedReason),
    list: async () => sorted(),
    markUploaded: (id, at) => update(id, { uploadedAt: at }),
    markRefused: (id, reason) => update(id, { refusedReason: reason }),
    subscribe,
  };
}
