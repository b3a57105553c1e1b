// Today at a glance: per moment planned / captured / missed, and what is still missing, soonest first.
import { isCaptured } from '../../../shared/domain/coverage.ts';
import type { Moment } from '../../../shared/domain/moment.ts';
import type { SignatureImage } from '../../../shared/domain/signature.ts';
import { byCodePoint } from '../../../shared/sync/order.ts';

export interface MomentGlance {
  moment: Moment;
  planned: number;
  captured: number;
  missed: number;
}

export interface MissingImage {
  image: SignatureImage;
  moment: Moment;
  /** The key moment is over and the image has not arrived: the one to chase first. */
  overdue: boolean;
}

export interface Glance {
  moments: MomentGlance[];
  /** Images neither captured nor missed, by key-moment time (then priority): chase from the top. */
  missing: MissingImage[];
}

/** `moments` are the day's chosen moments in priority order; `now` decides what is overdue. */
export function glanceOf(moments: readonly Moment[], images: readonly SignatureImage[], now: Date): Glance {
  const ofMoment = (m: Moment) => images.filter((image) => image.momentId === m.id);
  const missing = moments
    .flatMap((moment) =>
      ofMoment(moment)
        .filter((image) => image.status !== 'missed' && !isCaptured(image))
        .map((image) => ({ image, moment, overdue: Date.parse(moment.keyMomentAt) <= now.getTime() })),
    )
    .sort(
      (a, b) =>
        byCodePoint(a.moment.keyMomentAt, b.moment.keyMomentAt) ||
        a.moment.rank - b.moment.rank ||
        a.image.title.localeCompare(b.image.title),
    );
  return {
    moments: moments.map((moment) => {
      const own = ofMoment(moment);
      return {
        moment,
        planned: own.length,
        captured: own.filter(isCaptured).length,
        missed: own.filter((image) => image.status === 'missed').length,
      };
    }),
    missing,
  };
}
