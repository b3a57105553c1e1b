// "Prepare my day": which map tiles cover the day's spots (pure tile maths, Web Mercator / slippy-map numbering).
import type { LatLng } from '../../shared/domain/common.ts';

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** The slippy-map tile holding a position at zoom z (OpenStreetMap numbering). */
export function tileOf(at: LatLng, z: number): TileCoord {
  const n = 2 ** z;
  const lat = (Math.max(-85.0511, Math.min(85.0511, at.lat)) * Math.PI) / 180;
  const x = Math.floor(((at.lng + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

export interface AreaOptions {
  /** Metres around each point to cover (a walk around the spot). */
  radius?: number;
  minZoom?: number;
  maxZoom?: number;
  /** Hard cap, so a day spread over a whole country never downloads thousands of tiles. */
  maxTiles?: number;
}

export const DEFAULT_AREA = { radius: 600, minZoom: 13, maxZoom: 17, maxTiles: 800 } as const;

/** Tiles around each point for every zoom, nearest zooms first, de-duplicated and capped. */
export function tilesAround(points: readonly LatLng[], options: AreaOptions = {}): TileCoord[] {
  const { radius, minZoom, maxZoom, maxTiles } = { ...DEFAULT_AREA, ...options };
  const seen = new Set<string>();
  const out: TileCoord[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    for (const p of points) {
      const dLat = radius / 111_320;
      const dLng = radius / (111_320 * Math.max(0.01, Math.cos((p.lat * Math.PI) / 180)));
      const a = tileOf({ lat: p.lat + dLat, lng: p.lng - dLng }, z);
      const b = tileOf({ lat: p.lat - dLat, lng: p.lng + dLng }, z);
      for (let x = a.x; x <= b.x; x++) {
        for (let y = a.y; y <= b.y; y++) {
          const key = `${z}/${x}/${y}`;
          if (seen.has(key)) continue;
          if (out.length >= maxTiles) return out;
          seen.add(key);
          out.push({ z, x, y });
        }
      }
    }
  }
  return out;
}

/** The tile's URL from a Leaflet template ({s} takes the first subdomain, {r} is empty). */
export function tileUrl(template: string, t: TileCoord): string {
  return template
    .replace('{z}', String(t.z))
    .replace('{x}', String(t.x))
    .replace('{y}', String(t.y))
    .replace('{s}', 'a')
    .replace('{r}', '');
}
