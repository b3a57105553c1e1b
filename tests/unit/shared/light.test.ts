// Sun position, sunrise, sunset and the into-the-sun warning, against known values (Paris, Teahupo'o).
import { describe, expect, it } from 'vitest';
import {
  angleBetween,
  dayLight,
  shootsIntoSun,
  spotLight,
  sunPosition,
} from '../../../src/shared/domain/light.ts';

const paris = { lat: 48.8566, lng: 2.3522 };
const teahupoo = { lat: -17.8475, lng: -149.2669 };
const MIN = 60_000;

/** |a - b| in minutes. */
const minutesApart = (a: string | undefined, b: string) =>
  Math.abs(Date.parse(a ?? '') - Date.parse(b)) / MIN;

describe('light at a spot', () => {
  it('puts the solstice noon sun due south at 90 − 48.86 + 23.44 = 64.6° over Paris', () => {
    const sun = sunPosition(paris, '2024-06-21T11:50:00Z');
    expect(sun.elevation).toBeCloseTo(64.58, 1);
    expect(Math.abs(sun.azimuth - 180)).toBeLessThan(3);
  });

  it('gives Paris sunrise 05:47 and sunset 21:58 (CEST) on 21 June 2024', () => {
    const day = dayLight(paris, '2024-06-21T12:00:00Z');
    expect(minutesApart(day.sunrise, '2024-06-21T05:47:00+02:00')).toBeLessThan(3);
    expect(minutesApart(day.sunset, '2024-06-21T21:58:00+02:00')).toBeLessThan(3);
    // Golden hours sit inside the day, next to sunrise and sunset.
    expect(day.morningGoldenEnd! > day.sunrise!).toBe(true);
    expect(day.eveningGoldenStart! < day.sunset!).toBe(true);
  });

  it('gives Teahupo’o (UTC−10) its own local day: sunrise about 06:25, sunset about 17:45', () => {
    // 08:00 in Tahiti is 18:00 UTC: the solar day must be Tahiti's, not the UTC date's.
    const day = dayLight(teahupoo, '2024-07-27T08:00:00-10:00');
    expect(minutesApart(day.sunrise, '2024-07-27T06:25:00-10:00')).toBeLessThan(8);
    expect(minutesApart(day.sunset, '2024-07-27T17:45:00-10:00')).toBeLessThan(8);
    const sun = sunPosition(teahupoo, '2024-07-27T08:00:00-10:00');
    expect(sun.azimuth).toBeGreaterThan(45); // morning sun in the north-east in austral winter
    expect(sun.azimuth).toBeLessThan(80);
  });

  it('measures the angle between bearings across north', () => {
    expect(angleBetween(350, 10)).toBe(20);
    expect(angleBetween(10, 350)).toBe(20);
    expect(angleBetween(0, 180)).toBe(180);
    expect(angleBetween(90, 90)).toBe(0);
  });

  it('warns when shooting towards a low sun, not away from it, nor under a high or set sun', () => {
    expect(shootsIntoSun(290, { azimuth: 293, elevation: 3 })).toBe(true);
    expect(shootsIntoSun(250, { azimuth: 293, elevation: 3 })).toBe(true); // 43° off: flare
    expect(shootsIntoSun(110, { azimuth: 293, elevation: 3 })).toBe(false);
    expect(shootsIntoSun(180, { azimuth: 180, elevation: 64 })).toBe(false);
    expect(shootsIntoSun(290, { azimuth: 293, elevation: -10 })).toBe(false);
  });

  it('flags the cauldron at sunset seen towards the west-north-west, in golden hour', () => {
    // 5 August 2024, 21:00 in Paris: the sun is at about 293°, 3° high.
    const westward = spotLight(paris, '2024-08-05T21:00:00+02:00', 290);
    expect(westward.intoSun).toBe(true);
    expect(westward.golden).toBe(true);
    const eastward = spotLight(paris, '2024-08-05T21:00:00+02:00', 110);
    expect(eastward.intoSun).toBe(false);
    expect(spotLight(paris, '2024-08-05T21:00:00+02:00').intoSun).toBeUndefined();
    expect(spotLight(paris, '2024-08-05T15:00:00+02:00', 110).golden).toBe(false);
  });
});
