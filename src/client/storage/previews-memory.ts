// In-memory parts of the snapshot queue, for tests and the memory LocalStore; `quotaBytes` simulates a full phone.
import { snapshotBudget } from './budget.ts';
import type { LocalPreview, LocalPreviewStore, PreviewBytes, PreviewRows, Reserve } from './previews.ts';
import { createPreviewStore } from './previews.ts';

export interface MemoryPreviewOptions {
  /** Bytes the phone may hold (snapshots and reserve); past it writes fail as a full browser's do. */
  quotaBytes?: number;
  /** The reserve kept for taps, in bytes (0 by default: tests of the queue need none). */
  reserveBytes?: number;
  capBytes?: number;
}

export function createMemoryPreviewStore(options: MemoryPreviewOptions = {}): LocalPreviewStore {
  const space = memorySpace(options.quotaBytes ?? Infinity);
  return createPreviewStore({
    rows: memoryRows(),
    bytes: space.bytes,
    reserve: space.reserve(options.reserveBytes ?? 0),
    budget: snapshotBudget(async () => undefined, options.capBytes),
  });
}

export function memoryRows(): PreviewRows {
  const rows = new Map<string, LocalPreview>();
  return {
    all: async () => [...rows.values()].map((r) => ({ ...r })),
    get: async (id) => (rows.has(id) ? { ...rows.get(id)! } : undefined),
    put: async (row) => void rows.set(row.previewId, { ...row }),
    delete: async (ids) => ids.forEach((id) => rows.delete(id)),
  };
}

/** Bytes and a reserve sharing one quota, like an origin's Cache API entries. */
export function memorySpace(quotaBytes: number) {
  const blobs = new Map<string, { bytes: ArrayBuffer; type: string }>();
  let reserved = 0;
  const used = () => reserved + [...blobs.values()].reduce((n, b) => n + b.bytes.byteLength, 0);
  const full = () => new DOMException('the quota has been exceeded', 'QuotaExceededError');
  const bytes: PreviewBytes = {
    async put(id, data, type) {
      if (used() + data.byteLength > quotaBytes) throw full();
      blobs.set(id, { bytes: data, type });
    },
    get: async (id) => {
      const b = blobs.get(id);
      return b ? new Blob([b.bytes], { type: b.type }) : undefined;
    },
    delete: async (id) => void blobs.delete(id),
  };
  const reserve = (size: number): Reserve => ({
    async ensure() {
      if (reserved > 0 || size === 0) return true;
      if (used() + size > quotaBytes) return false;
      reserved = size;
      return true;
    },
    async release() {
      const held = reserved > 0;
      reserved = 0;
      return held;
    },
  });
  return { bytes, reserve, used };
}
