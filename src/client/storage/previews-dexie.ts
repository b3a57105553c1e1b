// The snapshot queue over the phone's database: states in table `snapshots` (schema 3), bytes in the Cache API.
import { Dexie } from 'dexie';
import type { PlanDb } from './dexie-db.ts';
import type { Estimate } from './budget.ts';
import { snapshotBudget } from './budget.ts';
import type { LocalPreview, LocalPreviewStore, PreviewBytes, PreviewRows, Reserve } from './previews.ts';
import { createPreviewStore } from './previews.ts';
import { cachePreviewBytes, cacheReserve, cacheStorage } from './previews-cache.ts';

export interface DexiePreviewOptions {
  /** The Cache API to keep bytes and the reserve in; without one, bytes go to IndexedDB and no reserve is kept. */
  caches?: CacheStorage | null;
  estimate?: Estimate;
}

export function createDexiePreviewStore(db: PlanDb, options: DexiePreviewOptions = {}): LocalPreviewStore {
  const storage = options.caches === undefined ? cacheStorage() : (options.caches ?? undefined);
  const run = reopening(db);
  return createPreviewStore({
    rows: dexieRows(db, run),
    bytes: withLegacy(db, run, storage ? cachePreviewBytes(storage) : idbBytes(db, run)),
    reserve: storage ? cacheReserve(storage) : noReserve,
    budget: snapshotBudget(options.estimate),
  });
}

/** The browser may close the database (storage pressure, another tab's upgrade): reopen once, as the store does. */
function reopening(db: PlanDb) {
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof Dexie.DatabaseClosedError)) throw error;
      await db.open();
      return fn();
    }
  };
}

type Run = ReturnType<typeof reopening>;

/** States in `snapshots`; rows of schema 2 (`previews`, bytes inline) are read as they were left. */
function dexieRows(db: PlanDb, run: Run): PreviewRows {
  const legacy = (row: LegacyPreview): LocalPreview => ({
    previewId: row.previewId,
    signatureId: row.signatureId,
    type: row.type,
    size: row.bytes.byteLength,
    createdAt: row.createdAt,
    attempts: 0,
    ...(row.uploadedAt
      ? { state: 'uploaded', uploadedAt: row.uploadedAt }
      : row.refusedReason
        ? { state: 'failed', refusedCode: 'other', refusedReason: row.refusedReason }
        : { state: 'waiting' }),
  });
  return {
    all: () =>
      run(async () => {
        const rows = await db.snapshots.toArray();
        const known = new Set(rows.map((r) => r.previewId));
        const old = (await db.previews.toArray()).filter((r) => !known.has(r.previewId));
        return [...rows, ...old.map(legacy)];
      }),
    get: (previewId) =>
      run(async () => {
        const row = await db.snapshots.get(previewId);
        if (row) return row;
        const old = await db.previews.get(previewId);
        return old ? legacy(old) : undefined;
      }),
    put: (row) => run(async () => void (await db.snapshots.put(row))),
    delete: (ids) =>
      run(() =>
        db.transaction('rw', db.snapshots, db.previews, async () => {
          await db.snapshots.bulkDelete(ids);
          await db.previews.bulkDelete(ids);
        }),
      ),
  };
}

/** Bytes of schema-2 snapshots are read from their row, and removed with it. */
function withLegacy(db: PlanDb, run: Run, bytes: PreviewBytes): PreviewBytes {
  return {
    put: (id, data, type) => bytes.put(id, data, type),
    async get(id) {
      const blob = await bytes.get(id);
      if (blob) return blob;
      const old = await run(() => db.previews.get(id));
      return old ? new Blob([old.bytes], { type: old.type }) : undefined;
    },
    async delete(id) {
      await bytes.delete(id);
      await run(() => db.previews.delete(id));
    },
  };
}

/** Without the Cache API (Node tests, very old browsers): bytes in their own IndexedDB table. */
function idbBytes(db: PlanDb, run: Run): PreviewBytes {
  return {
    put: (previewId, bytes, type) =>
      run(async () => void (await db.snapshotBytes.put({ previewId, bytes, type }))),
    get: (previewId) =>
      run(async () => {
        const row = await db.snapshotBytes.get(previewId);
        return row ? new Blob([row.bytes], { type: row.type }) : undefined;
      }),
    delete: (previewId) => run(() => db.snapshotBytes.delete(previewId)),
  };
}

const noReserve: Reserve = { ensure: async () => true, release: async () => false };

/** A row of schema 2: the snapshot and its bytes together. */
export interface LegacyPreview {
  previewId: string;
  signatureId: string;
  bytes: ArrayBuffer;
  type: string;
  createdAt: string;
  uploadedAt?: string;
  refusedReason?: string;
}
