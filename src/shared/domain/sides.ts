// The sides of an image's angle (triangle, or square at the Paralympics), without zod: screens read them first.
import type { EditionType } from './edition.ts';

export const SIDES = ['sport', 'site', 'public', 'disability'] as const;

/** The sides an image of this edition plays with: a triangle, or a square at the Paralympics. */
export function sidesOf(edition: EditionType): readonly (typeof SIDES)[number][] {
  return edition === 'paralympic' ? SIDES : SIDES.slice(0, 3);
}
