// Downloads the day's map tiles into the same cache the service worker serves viewed tiles from.
import type { TileCoord } from './prepare-area.ts';
import { tileUrl } from './prepare-area.ts';

/** Must match the runtime cache of vite.config.ts, so the service worker serves these tiles offline. */
export const TILE_CACHE = 'map-tiles';

export interface PrepareProgress {
  done: number;
  total: number;
  bytes: number;
}

/**
 * Only for a tile server whose policy allows bulk download (TILE_ALLOW_BULK): the caller checks.
 * Two requests at a time (polite to the tile server, and the venue network); a tile already cached
 * is not fetched again. Stops at the first failure and says why; what was stored stays.
 */
export async function downloadTiles(
  template: string,
  tiles: readonly TileCoord[],
  onProgress: (p: PrepareProgress) => void,
  { cacheStorage = globalThis.caches, fetcher = fetch, concurrency = 2 } = {},
): Promise<PrepareProgress> {
  if (!cacheStorage) throw new Error('this browser has no Cache Storage');
  const cache = await cacheStorage.open(TILE_CACHE);
  const progress: PrepareProgress = { done: 0, total: tiles.length, bytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < tiles.length) {
      const url = tileUrl(template, tiles[next++]!);
      const cached = await cache.match(url);
      // Read the size before adding: `bytes += await …` would add to a stale total (two workers).
      let size: number;
      if (cached) {
        size = (await cached.arrayBuffer()).byteLength;
      } else {
        const res = await fetcher(url, { mode: 'cors', credentials: 'omit' });
        if (!res.ok) throw new Error(`tile ${url}: HTTP ${res.status}`);
        size = (await res.clone().arrayBuffer()).byteLength;
        await cache.put(url, res);
      }
      progress.bytes += size;
      progress.done += 1;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tiles.length) }, worker));
  return progress;
}
