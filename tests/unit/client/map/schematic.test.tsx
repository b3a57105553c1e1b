// @vitest-environment jsdom
// The spot drawn without map tiles: to scale, north up, every pin inside the drawing, the sun and the user shown.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SpotMap } from '../../../../src/client/map/index.ts';
import { FAR_M, niceScale, SCHEMATIC_SIZE, schematicOf } from '../../../../src/client/map/schematic.ts';
import { renderIn } from '../ui/render.tsx';

// Stand C at the Stade de France, the finish line 67 m north of it.
const camera = { lat: 48.9242, lng: 2.3598 };
const subject = { lat: 48.9248, lng: 2.3598 };

const inside = (p: { x: number; y: number }) =>
  p.x >= 0 && p.x <= SCHEMATIC_SIZE.width && p.y >= 0 && p.y <= SCHEMATIC_SIZE.height;

describe('the drawing’s geometry', () => {
  it('is north up and to scale: a subject to the north is above the camera, the scale bar in round metres', () => {
    const d = schematicOf({ camera, subject, sunAzimuth: 270 });
    expect(d.subject!.y).toBeLessThan(d.camera.y);
    expect(Math.abs(d.subject!.x - d.camera.x)).toBeLessThan(0.5);
    // 67 m apart on screen: the scale bar says how many pixels a metre is.
    const pxPerM = d.scale.px / d.scale.metres;
    expect((d.camera.y - d.subject!.y) / pxPerM).toBeCloseTo(66.3, 0);
    // The sun in the west: on the left edge, level with the camera.
    expect(d.sun!.x).toBeLessThan(d.camera.x);
    expect(d.sun!.y).toBeCloseTo(d.camera.y, 5);
    expect(d.shooting!.to).toEqual(d.subject);
    for (const p of [d.camera, d.subject!, d.sun!]) expect(inside(p)).toBe(true);
  });

  it('draws the shooting direction from the bearing when there is no subject', () => {
    const d = schematicOf({ camera, bearing: 90 });
    expect(d.shooting!.to.x).toBeGreaterThan(d.camera.x);
    expect(d.shooting!.to.y).toBeCloseTo(d.camera.y, 5);
  });

  it('puts a nearby user to scale, and a far one at the edge in their direction', () => {
    const near = schematicOf({ camera, subject, me: { lat: 48.9235, lng: 2.3598 } });
    expect(near.me!.far).toBe(false);
    expect(near.me!.y).toBeGreaterThan(near.camera.y);
    for (const p of [near.camera, near.subject!, near.me!]) expect(inside(p)).toBe(true);
    // Paris centre, 8 km south of the stadium: beyond FAR_M.
    const far = schematicOf({ camera, subject, me: { lat: 48.8566, lng: 2.3522 } });
    expect(FAR_M).toBeLessThan(8_000);
    expect(far.me!.far).toBe(true);
    expect(inside(far.me!)).toBe(true);
    expect(far.me!.y).toBeGreaterThan(far.camera.y);
  });

  it('chooses 1, 2 or 5 × 10ⁿ metres for the scale bar', () => {
    expect(niceScale(2, 100)).toEqual({ metres: 50, px: 100 });
    expect(niceScale(1, 100)).toEqual({ metres: 100, px: 100 });
    expect(niceScale(0.1, 100)).toEqual({ metres: 1000, px: 100 });
    expect(niceScale(3, 100).metres).toBe(20);
  });
});

describe('the map without tiles', () => {
  it('says so and shows the drawing, described in the reader’s language', async () => {
    // No tile server answers and none is remembered: no tiles at all.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503 })),
    );
    renderIn(
      'fr',
      <SpotMap
        pins={{ camera, subject }}
        me={{ lat: 48.9235, lng: 2.3598 }}
        sun={{ azimuth: 270, up: true }}
        label="Carte de Tribune C"
      />,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Pas de fond de carte ici');
    const drawing = await screen.findByRole('img', { name: 'Carte de Tribune C' });
    const description = drawing.querySelector('desc')!.textContent!.replace(/[\u00a0\u202f]/g, ' ');
    expect(description).toContain('Sujet à 67 m de l’appareil photo, vers 0° (N).');
    expect(description).toContain('Soleil au moment clé vers 270° (O).');
    expect(description).toMatch(/Vous êtes à 78 m de l’appareil photo, qui est vers 0° \(N\)\./);
    expect(description).toMatch(/Échelle : \d+ m\./);
    vi.unstubAllGlobals();
  });
});
