// @vitest-environment jsdom
// Small pure helpers of the creator's phone: preview size, distances, maps links, tile settings.
import { describe, expect, it, vi } from 'vitest';
import { fitWithin } from '../../../../src/client/features/creator/snapshot.ts';
import { bearingParts, formatDistance } from '../../../../src/client/features/creator/geo-format.ts';
import { createI18n } from '../../../../src/client/i18n/index.ts';
import { mapsLink } from '../../../../src/client/map/maps-link.ts';
import { fetchTileSettings } from '../../../../src/client/map/tile-settings.ts';

describe('fitWithin', () => {
  it('brings a 12 MP photo down to 1600 px on its long edge, keeping the ratio, never enlarging', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
});

describe('distances and bearings', () => {
  it('reads metres near the spot and kilometres further away, in the user’s language', () => {
    expect(formatDistance(42.4, 'en')).toBe('42 m');
    expect(formatDistance(356, 'en')).toBe('360 m');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(formatDistance(1234, 'fr')).toBe('1,2\u202fkm');
    const en = createI18n('en').t;
    expect(bearingParts(280.4, en)).toEqual({ bearing: '280', compass: 'W' });
    expect(bearingParts(359.7, en)).toEqual({ bearing: '0', compass: 'N' });
  });

  it('names the eight compass points in French: O for ouest, SO, NO', () => {
    const fr = createI18n('fr').t;
    const points = [0, 45, 90, 135, 180, 225, 270, 315].map((b) => bearingParts(b, fr).compass);
    expect(points).toEqual(['N', 'NE', 'E', 'SE', 'S', 'SO', 'O', 'NO']);
    const en = createI18n('en').t;
    expect([225, 270, 315].map((b) => bearingParts(b, en).compass)).toEqual(['SW', 'W', 'NW']);
  });
});

describe('open in maps', () => {
  it('uses geo: on Android and an OpenStreetMap link elsewhere', () => {
    const at = { lat: 48.86, lng: 2.3376 };
    expect(mapsLink(at, 'Mozilla/5.0 (Linux; Android 14; Pixel 8)')).toBe(
      'geo:48.860000,2.337600?q=48.860000,2.337600',
    );
    expect(mapsLink(at, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)')).toBe(
      'https://www.openstreetmap.org/?mlat=48.860000&mlon=2.337600#map=18/48.860000/2.337600',
    );
  });
});

describe('tile settings', () => {
  it('remembers the server’s answer and falls back to it offline', async () => {
    const tiles = { url: 'http://t.local/{z}/{x}/{y}.png', attribution: '© test', allowBulk: false };
    const online = vi.fn(async () => new Response(JSON.stringify({ tiles })));
    expect(await fetchTileSettings(online as unknown as typeof fetch)).toEqual(tiles);
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchTileSettings(offline as unknown as typeof fetch)).toEqual(tiles);
  });
});
