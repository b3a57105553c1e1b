// The spot drawn without map tiles: where camera, subject and the user stand, the shooting direction and the sun, to scale.
// Pure geometry in a north-up local projection (equirectangular: metres are exact enough within a venue).
import type { LatLng } from '../../shared/domain/common.ts';
import { bearingDegrees, distanceMetres } from '../../shared/domain/geo.ts';

export interface SchematicInput {
  camera: LatLng;
  subject?: LatLng;
  /** The user's position, when they asked for it. */
  me?: LatLng;
  /** Shooting direction, degrees from north clockwise; without it, camera → subject. */
  bearing?: number;
  /** The sun's compass direction at the key moment, degrees; undefined when the sun is down. */
  sunAzimuth?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Schematic {
  width: number;
  height: number;
  camera: Point;
  subject?: Point;
  /** The user on the drawing, or at its edge (`far`) when too far away to draw to the same scale. */
  me?: Point & { far: boolean };
  /** The shooting direction: from the camera to the subject, or along the bearing. */
  shooting?: { to: Point };
  /** Where the sun stands, on the drawing's edge in its direction from the camera. */
  sun?: Point;
  /** A scale bar: `metres` long, drawn `px` long. */
  scale: { metres: number; px: number };
}

export const SCHEMATIC_SIZE = { width: 320, height: 240 } as const;
/** Room kept free at each edge (labels, the north arrow, the scale bar). */
const MARGIN = 36;
/** The drawing shows at least this many metres across (a single pin is not drawn at an infinite zoom). */
const MIN_SPAN_M = 80;
/** Past this distance from the camera, the user is an arrow at the edge rather than a point to scale. */
export const FAR_M = 3_000;

const M_PER_DEG_LAT = 110_574;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Lays the spot out in a north-up drawing of SCHEMATIC_SIZE, to scale, every point inside the margins. */
export function schematicOf(input: SchematicInput): Schematic {
  const { width, height } = SCHEMATIC_SIZE;
  const origin = input.camera;
  const mPerDegLng = 111_320 * Math.cos(rad(origin.lat));
  const metres = (p: LatLng) => ({
    x: (p.lng - origin.lng) * mPerDegLng,
    y: (p.lat - origin.lat) * M_PER_DEG_LAT,
  });
  const meFar = input.me !== undefined && distanceMetres(origin, input.me) > FAR_M;
  const drawn = [origin, input.subject, meFar ? undefined : input.me].filter(
    (p): p is LatLng => p !== undefined,
  );
  const local = drawn.map(metres);
  const xs = local.map((p) => p.x);
  const ys = local.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pxPerM = Math.min(
    (width - 2 * MARGIN) / Math.max(maxX - minX, MIN_SPAN_M),
    (height - 2 * MARGIN) / Math.max(maxY - minY, MIN_SPAN_M),
  );
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const toPx = (p: LatLng): Point => {
    const m = metres(p);
    return { x: width / 2 + (m.x - centre.x) * pxPerM, y: height / 2 - (m.y - centre.y) * pxPerM };
  };
  const camera = toPx(origin);
  const out: Schematic = { width, height, camera, scale: niceScale(pxPerM, width / 3) };
  if (input.subject) out.subject = toPx(input.subject);
  if (input.me) {
    out.me = meFar
      ? { ...edgeAlong(camera, bearingDegrees(origin, input.me), width, height, MARGIN / 2), far: true }
      : { ...toPx(input.me), far: false };
  }
  // The arrow ends on the subject when it is where the camera points (the usual case); a bearing
  // set apart from the subject (the subject is a landmark, the frame elsewhere) gets its own arrow.
  const towardsSubject =
    input.subject &&
    (input.bearing === undefined || angleBetween(input.bearing, bearingDegrees(origin, input.subject)) < 15);
  if (out.subject && towardsSubject) out.shooting = { to: out.subject };
  else if (input.bearing !== undefined) {
    const length = Math.min(width, height) * 0.35;
    out.shooting = { to: along(camera, input.bearing, length) };
  }
  if (input.sunAzimuth !== undefined) out.sun = edgeAlong(camera, input.sunAzimuth, width, height, 14);
  return out;
}

/** The point `length` px from `from` towards a compass bearing (north up, clockwise). */
export function along(from: Point, bearing: number, length: number): Point {
  return { x: from.x + Math.sin(rad(bearing)) * length, y: from.y - Math.cos(rad(bearing)) * length };
}

/** Where a ray from `from` towards `bearing` leaves the drawing, `inset` px inside its edge. */
export function edgeAlong(from: Point, bearing: number, width: number, height: number, inset: number): Point {
  const dx = Math.sin(rad(bearing));
  const dy = -Math.cos(rad(bearing));
  const limits = [
    dx > 0 ? (width - inset - from.x) / dx : dx < 0 ? (inset - from.x) / dx : Infinity,
    dy > 0 ? (height - inset - from.y) / dy : dy < 0 ? (inset - from.y) / dy : Infinity,
  ];
  const t = Math.max(0, Math.min(...limits));
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/** A scale bar of 1, 2 or 5 × 10ⁿ metres, as long as fits in `maxPx`. */
export function niceScale(pxPerM: number, maxPx: number): { metres: number; px: number } {
  const most = maxPx / pxPerM;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((f) => f * power).find((m) => m <= most) ?? power;
  return { metres, px: metres * pxPerM };
}

/** The smaller angle between two compass bearings, in degrees [0, 180]. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}
