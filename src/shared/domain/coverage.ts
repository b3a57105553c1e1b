// Coverage of the angle: which sides of the triangle (or square) the plan's signature images cover.
import type { Side } from './angles.ts';
import { sidesOf } from './angles.ts';
import type { EditionType } from './edition.ts';
import type { Moment } from './moment.ts';
import type { SignatureImage } from './signature.ts';
import { progress } from './signature.ts';

export interface SideCoverage {
  side: Side;
  /** Signature images planned on this side (dropped moments do not count). */
  planned: number;
  /** Of those, captured or further (selected, published). */
  captured: number;
  missed: number;
}

/** True once the image is in hand: captured, selected or published (not missed). */
export function isCaptured(image: SignatureImage): boolean {
  return image.status !== 'missed' && progress(image.status) >= progress('captured');
}

/**
 * Coverage of one edition's sides by a set of images. Sides that do not belong to the edition
 * (disability at the Olympics) are ignored; a side with planned = 0 is a side the plan misses.
 */
export function coverageOf(edition: EditionType, images: readonly SignatureImage[]): SideCoverage[] {
  return sidesOf(edition).map((side) => {
    const onSide = images.filter((image) => image.sides.includes(side));
    return {
      side,
      planned: onSide.length,
      captured: onSide.filter(isCaptured).length,
      missed: onSide.filter((image) => image.status === 'missed').length,
    };
  });
}

/** The images of the chosen moments of one day of one edition. */
export function imagesOfDay(
  editionId: string,
  day: string,
  moments: readonly Moment[],
  images: readonly SignatureImage[],
): SignatureImage[] {
  const chosen = new Set(
    moments
      .filter((m) => m.editionId === editionId && m.day === day && m.status === 'chosen')
      .map((m) => m.id),
  );
  return images.filter((image) => chosen.has(image.momentId));
}
