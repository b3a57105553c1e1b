// The triangle (sport, site, public) and, at the Paralympics, the square (plus disability).
import { z } from 'zod';
import { text } from './common.ts';
import type { EditionType } from './edition.ts';

export const SIDES = ['sport', 'site', 'public', 'disability'] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

/** One short brief per side of the angle: what the image should show of it. */
export const AngleTargets = z.object({
  sport: text(500),
  site: text(500),
  public: text(500),
  /** Only on Paralympic moments: disability as the attribute that explains the performance. */
  disability: text(500).optional(),
});
export type AngleTargets = z.infer<typeof AngleTargets>;

/** The sides an image of this edition plays with: a triangle, or a square at the Paralympics. */
export function sidesOf(edition: EditionType): readonly Side[] {
  return edition === 'paralympic' ? SIDES : SIDES.slice(0, 3);
}
