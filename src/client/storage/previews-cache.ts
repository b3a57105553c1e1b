// Snapshot bytes and the taps' reserve in the Cache API: deleting an entry gives its space back at once.
import { RESERVE_BYTES } from './budget.ts';
import { isQuotaError } from './errors.ts';
import type { PreviewBytes, Reserve } from './previews.ts';

export const SNAPSHOT_CACHE = 'plan-de-jeu-snapshots';
export const RESERVE_CACHE = 'plan-de-jeu-reserve';

/** The Cache API when this context has it (pages and workers of a secure origin). */
export function cacheStorage(): CacheStorage | undefined {
  return typeof caches === 'undefined' ? undefined : caches;
}

/** A same-origin URL no request ever asks for: cache entries are keyed by URL. */
const keyOf = (name: string) => new URL(`/__plan-de-jeu/${name}`, globalThis.location?.href).href;

export function cachePreviewBytes(storage: CacheStorage): PreviewBytes {
  const open = () => storage.open(SNAPSHOT_CACHE);
  return {
    async put(previewId, bytes, type) {
      const response = new Response(bytes, { headers: { 'content-type': type } });
      await (await open()).put(keyOf(`snapshot/${previewId}`), response);
    },
    async get(previewId) {
      const response = await (await open()).match(keyOf(`snapshot/${previewId}`));
      if (!response) return undefined;
      // A copy, not the entry's own body: a Blob backed by the cache entry (shown in an <img>,
      // uploaded) keeps its file, and its space, after the entry is deleted.
      const type = response.headers.get('content-type') ?? '';
      return new Blob([await response.arrayBuffer()], { type });
    },
    async delete(previewId) {
      await (await open()).delete(keyOf(`snapshot/${previewId}`));
    },
  };
}

/** RESERVE_BYTES of random bytes (they must not compress) held in their own cache. */
export function cacheReserve(storage: CacheStorage, size: number = RESERVE_BYTES): Reserve {
  const key = keyOf('reserve');
  return {
    async ensure() {
      const cache = await storage.open(RESERVE_CACHE);
      if (await cache.match(key)) return true;
      try {
        await cache.put(key, new Response(randomBytes(size)));
        return true;
      } catch (error) {
        if (isQuotaError(error)) return false;
        throw error;
      }
    },
    async release() {
      return (await storage.open(RESERVE_CACHE)).delete(key);
    },
  };
}

function randomBytes(size: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  // getRandomValues fills at most 64 KiB per call.
  for (let i = 0; i < size; i += 65_536)
    crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65_536)));
  return bytes.buffer;
}
