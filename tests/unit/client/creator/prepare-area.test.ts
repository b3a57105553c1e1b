// "Prepare my day": tile numbering against known values, the area around spots, the cap, the URL template.
import { describe, expect, it } from 'vitest';
import { tileOf, tilesAround, tileUrl } from '../../../../src/client/map/prepare-area.ts';
import { downloadTiles } from '../../../../src/client/map/prepare-download.ts';

const louvre = { lat: 48.8606, lng: 2.3376 };

describe('map tiles for the day', () => {
  it('numbers tiles as OpenStreetMap does', () => {
    expect(tileOf({ lat: 0, lng: 0 }, 1)).toEqual({ z: 1, x: 1, y: 1 });
    expect(tileOf({ lat: 85, lng: -180 }, 2)).toEqual({ z: 2, x: 0, y: 0 });
    expect(tileOf({ lat: -85, lng: 179.9 }, 2)).toEqual({ z: 2, x: 3, y: 3 });
    // The Louvre at zoom 17, by the wiki's other form y = (1 − asinh(tan φ)/π)/2 · 2^z.
    expect(tileOf(louvre, 17)).toEqual({ z: 17, x: 66387, y: 45090 });
  });

  it('covers each spot at every zoom without duplicates, and stops at the cap', () => {
    const tiles = tilesAround([louvre, { lat: 48.8607, lng: 2.3377 }], { minZoom: 15, maxZoom: 17 });
    expect(new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(tiles.length);
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([15, 16, 17]));
    expect(tiles).toContainEqual(tileOf(louvre, 17));
    expect(tilesAround([louvre], { maxTiles: 5 })).toHaveLength(5);
  });

  it('fills a Leaflet URL template', () => {
    expect(tileUrl('https://{s}.tiles.example/{z}/{x}/{y}.png', { z: 3, x: 4, y: 5 })).toBe(
      'https://a.tiles.example/3/4/5.png',
    );
  });

  it('stores each tile once in the service worker’s tile cache, reporting progress', async () => {
    const stored = new Map<string, Response>();
    const cacheStorage = {
      open: async () => ({
        match: async (url: string) => stored.get(url),
        put: async (url: string, res: Response) => void stored.set(url, res),
      }),
    } as unknown as CacheStorage;
    let fetched = 0;
    const fetcher = (async () => {
      fetched += 1;
      return new Response(new Uint8Array(100));
    }) as typeof fetch;
    const tiles = [
      { z: 1, x: 0, y: 0 },
      { z: 1, x: 1, y: 0 },
    ];
    const seen: number[] = [];
    const result = await downloadTiles('http://t/{z}/{x}/{y}.png', tiles, (p) => seen.push(p.done), {
      cacheStorage,
      fetcher,
    });
    expect(result).toEqual({ done: 2, total: 2, bytes: 200 });
    expect(seen.sort()).toEqual([1, 2]);
    await downloadTiles('http://t/{z}/{x}/{y}.png', tiles, () => {}, { cacheStorage, fetcher });
    expect(fetched).toBe(2);
  });
});
