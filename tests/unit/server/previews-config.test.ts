// Tile settings: OpenStreetMap by default without bulk download; a bad value names the variable.
import { describe, expect, it } from 'vitest';
import { loadTileConfig } from '../../../src/server/tile-config.ts';

describe('loadTileConfig', () => {
  it('defaults to OpenStreetMap, which forbids bulk download', () => {
    expect(loadTileConfig({})).toEqual({
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      allowBulk: false,
    });
  });

  it('takes a tile server that allows preparing an area', () => {
    expect(
      loadTileConfig({
        TILE_URL: 'http://tiles.local/{z}/{x}/{y}.png',
        TILE_ALLOW_BULK: '1',
        TILE_ATTRIBUTION: '',
      }),
    ).toMatchObject({ url: 'http://tiles.local/{z}/{x}/{y}.png', allowBulk: true });
  });

  it('refuses a template without {z}/{x}/{y} and a bad flag, naming the variable', () => {
    expect(() => loadTileConfig({ TILE_URL: 'https://tiles.local/map.png' })).toThrow(
      /TILE_URL: must contain/,
    );
    expect(() => loadTileConfig({ TILE_ALLOW_BULK: 'yes' })).toThrow(/TILE_ALLOW_BULK/);
  });
});
