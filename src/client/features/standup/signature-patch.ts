// The `signature.update` fields an edit of a signature image changed, from the form's values.
import type { Side, SignatureImage } from '../../../shared/domain/index.ts';

export interface SignatureDraft {
  title: string;
  description: string;
  sides: readonly Side[];
  /** '' for "no spot". */
  spotId: string;
  partner: string;
}

export interface SignaturePatch {
  title?: string;
  description?: string;
  sides?: Side[];
  spotId?: string;
  partner?: string;
}

const sameSides = (a: readonly Side[], b: readonly Side[]) =>
  a.length === b.length && a.every((side) => b.includes(side));

/** Trimmed values that differ from `image`; an emptied partner is sent as '' (the update keeps a missing one). */
export function signaturePatch(image: SignatureImage, d: SignatureDraft): SignaturePatch {
  const patch: SignaturePatch = {};
  if (d.title.trim() !== image.title) patch.title = d.title.trim();
  if (d.description.trim() !== image.description) patch.description = d.description.trim();
  if (!sameSides(d.sides, image.sides)) patch.sides = [...d.sides];
  if (d.spotId && d.spotId !== image.spotId) patch.spotId = d.spotId;
  if (d.partner.trim() !== (image.partner ?? '')) patch.partner = d.partner.trim();
  return patch;
}
