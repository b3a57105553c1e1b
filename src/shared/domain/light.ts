// Light at a spot: sun position at the key moment, sunrise, sunset, golden hours, and the into-the-sun warning.
import { getPosition, getTimes } from 'suncalc';
import type { LatLng } from './common.ts';

export interface SunPosition {
  /** Compass bearing of the sun in degrees [0, 360), 0 = north, clockwise (like Spot.bearing). */
  azimuth: number;
  /** Apparent elevation above the horizon in degrees (negative: below it). */
  elevation: number;
}

export interface DayLight {
  /** ISO instants (UTC); undefined when the sun does not rise or set that day (polar latitudes). */
  sunrise?: string;
  sunset?: string;
  /** Morning golden hour: sunrise until the sun is 6° high. */
  morningGoldenEnd?: string;
  /** Evening golden hour: from the sun at 6° until sunset. */
  eveningGoldenStart?: string;
}

/**
 * The sun is "in the lens" when it is above the horizon, low enough to enter a roughly
 * horizontal frame, and within this many degrees of the shooting direction (a standard lens
 * sees ±20–40°; flare reaches a little further).
 */
export const INTO_SUN_MAX_ANGLE = 45;
/** Above this elevation the sun is out of a horizontal frame: no warning. */
export const INTO_SUN_MAX_ELEVATION = 45;
/** A sun a touch below the horizon (refraction, glow) still blinds a lens pointed at it. */
export const INTO_SUN_MIN_ELEVATION = -1;

/** Where the sun is seen from `at` (degrees, WGS 84) at `instant` (ISO 8601 or Date), by suncalc. */
export function sunPosition(at: LatLng, instant: string | Date): SunPosition {
  const { azimuth, altitude } = getPosition(new Date(instant), at.lat, at.lng);
  return { azimuth: ((azimuth % 360) + 360) % 360, elevation: altitude };
}

/** Sunrise, sunset and golden hours of the solar day around `instant` at `at`. */
export function dayLight(at: LatLng, instant: string | Date): DayLight {
  const times = getTimes(new Date(instant), at.lat, at.lng);
  const iso = (d: Date | null) => (d ? d.toISOString() : undefined);
  const out: DayLight = {};
  const entries: [keyof DayLight, Date | null][] = [
    ['sunrise', times.sunrise],
    ['sunset', times.sunset],
    ['morningGoldenEnd', times.goldenHourEnd],
    ['eveningGoldenStart', times.goldenHour],
  ];
  for (const [key, value] of entries) {
    const v = iso(value);
    if (v) out[key] = v;
  }
  return out;
}

/** Smallest angle between two compass bearings, in [0, 180]. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}

/** True when shooting along `bearing` would put the sun in the frame. */
export function shootsIntoSun(bearing: number, sun: SunPosition): boolean {
  return (
    sun.elevation > INTO_SUN_MIN_ELEVATION &&
    sun.elevation < INTO_SUN_MAX_ELEVATION &&
    angleBetween(bearing, sun.azimuth) <= INTO_SUN_MAX_ANGLE
  );
}

export interface SpotLight extends DayLight {
  sun: SunPosition;
  /** Set when the shooting direction is known. */
  intoSun?: boolean;
  /** The key moment falls within a golden hour. */
  golden: boolean;
}

/** Everything the creator's phone shows about light for one spot at one key moment. */
export function spotLight(at: LatLng, instant: string, bearing?: number): SpotLight {
  const sun = sunPosition(at, instant);
  const day = dayLight(at, instant);
  const t = Date.parse(instant);
  const within = (from?: string, to?: string) =>
    from !== undefined && to !== undefined && t >= Date.parse(from) && t <= Date.parse(to);
  return {
    ...day,
    sun,
    golden: within(day.sunrise, day.morningGoldenEnd) || within(day.eveningGoldenStart, day.sunset),
    ...(bearing === undefined ? {} : { intoSun: shootsIntoSun(bearing, sun) }),
  };
}
