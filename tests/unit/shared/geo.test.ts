// Distance and bearing against known values.
import { describe, expect, it } from 'vitest';
import { bearingDegrees, compassPoint, distanceMetres } from '../../../src/shared/domain/geo.ts';

const eiffel = { lat: 48.8584, lng: 2.2945 };
const stadeDeFrance = { lat: 48.9245, lng: 2.3602 };

describe('geo', () => {
  it('measures Eiffel Tower → Stade de France as about 8.8 km', () => {
    expect(distanceMetres(eiffel, stadeDeFrance)).toBeGreaterThan(8_700);
    expect(distanceMetres(eiffel, stadeDeFrance)).toBeLessThan(8_900);
  });

  it('gives the four cardinal bearings', () => {
    const o = { lat: 0, lng: 0 };
    expect(bearingDegrees(o, { lat: 1, lng: 0 })).toBeCloseTo(0);
    expect(bearingDegrees(o, { lat: 0, lng: 1 })).toBeCloseTo(90);
    expect(bearingDegrees(o, { lat: -1, lng: 0 })).toBeCloseTo(180);
    expect(bearingDegrees(o, { lat: 0, lng: -1 })).toBeCloseTo(270);
  });

  it('names compass points, wrapping at north', () => {
    expect(compassPoint(0)).toBe('N');
    expect(compassPoint(44)).toBe('NE');
    expect(compassPoint(350)).toBe('N');
    expect(compassPoint(225)).toBe('SW');
  });
});
