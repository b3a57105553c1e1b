// The coverage report: sides of the angle × days × editions, captured against planned, with filters.
import type { Side } from './angles.ts';
import type { SideCoverage } from './coverage.ts';
import { coverageOf, imagesOfDay, isCaptured } from './coverage.ts';
import type { Edition } from './edition.ts';
import type { Assignment } from './member.ts';
import type { Moment } from './moment.ts';
import type { SignatureImage } from './signature.ts';
import { byCodePoint } from '../sync/order.ts';

/** Empty or absent filters let everything through. */
export interface ReportFilters {
  venueId?: string;
  sport?: string;
  /** A creator's images: those of the moments they are assigned to, and those they captured. */
  creatorId?: string;
}

export interface ReportInput {
  editions: readonly Edition[];
  moments: readonly Moment[];
  images: readonly SignatureImage[];
  assignments: readonly Assignment[];
}

/** Counts of images, each counted once whatever its sides. */
export interface ImageCounts {
  planned: number;
  captured: number;
  missed: number;
}

export interface DayCoverage {
  day: string;
  sides: SideCoverage[];
  images: ImageCounts;
}

export interface EditionCoverage {
  edition: Edition;
  /** Days with chosen moments that pass the filters (with a creator: only days with their images). */
  days: DayCoverage[];
  /** The edition as a whole: the sum of its days. */
  sides: SideCoverage[];
  images: ImageCounts;
}

/**
 * The report, edition by edition in the order of the Games. Dropped moments do not count (as in
 * coverageOf); an image on two sides counts once on each side and once in `images`.
 */
export function coverageReport(input: ReportInput, filters: ReportFilters = {}): EditionCoverage[] {
  const moments = input.moments.filter((m) => matchesMoment(m, filters));
  const images = input.images.filter((image) => matchesCreator(image, input.assignments, filters));
  return [...input.editions]
    .sort((a, b) => byCodePoint(a.startDay, b.startDay) || byCodePoint(a.id, b.id))
    .map((edition) => {
      const chosen = moments.filter((m) => m.editionId === edition.id && m.status === 'chosen');
      const days = [...new Set(chosen.map((m) => m.day))]
        .sort()
        .map((day) => {
          const ofDay = imagesOfDay(edition.id, day, moments, images);
          return { day, sides: coverageOf(edition.type, ofDay), images: countImages(ofDay) };
        })
        // A day of chosen moments without images is a gap in the plan; but not in one creator's report.
        .filter((d) => d.images.planned > 0 || !filters.creatorId);
      return {
        edition,
        days,
        sides: sumSides(coverageOf(edition.type, []), days),
        images: sumCounts(days.map((d) => d.images)),
      };
    });
}

/** Venues and sports that have chosen moments: the choices of the report's filters. */
export function reportChoices(moments: readonly Moment[]): { venueIds: string[]; sports: string[] } {
  const chosen = moments.filter((m) => m.status === 'chosen');
  return {
    venueIds: [...new Set(chosen.map((m) => m.venueId))],
    sports: [...new Set(chosen.map((m) => m.sport))].sort((a, b) => a.localeCompare(b)),
  };
}

/** Share captured, 0..1; a side with nothing planned is 0 (the plan misses it). */
export function capturedShare(counts: Pick<ImageCounts, 'planned' | 'captured'>): number {
  return counts.planned === 0 ? 0 : counts.captured / counts.planned;
}

function matchesMoment(moment: Moment, filters: ReportFilters): boolean {
  if (filters.venueId && moment.venueId !== filters.venueId) return false;
  if (filters.sport && moment.sport !== filters.sport) return false;
  return true;
}

function matchesCreator(
  image: SignatureImage,
  assignments: readonly Assignment[],
  filters: ReportFilters,
): boolean {
  const creator = filters.creatorId;
  if (!creator) return true;
  if (image.capturedBy === creator) return true;
  return assignments.some((a) => a.memberId === creator && a.momentId === image.momentId);
}

function countImages(images: readonly SignatureImage[]): ImageCounts {
  return {
    planned: images.length,
    captured: images.filter(isCaptured).length,
    missed: images.filter((image) => image.status === 'missed').length,
  };
}

function sumCounts(counts: readonly ImageCounts[]): ImageCounts {
  return counts.reduce(
    (sum, c) => ({
      planned: sum.planned + c.planned,
      captured: sum.captured + c.captured,
      missed: sum.missed + c.missed,
    }),
    { planned: 0, captured: 0, missed: 0 },
  );
}

function sumSides(empty: SideCoverage[], days: readonly DayCoverage[]): SideCoverage[] {
  return empty.map(({ side }) => ({
    side,
    ...sumCounts(days.map((d) => d.sides.find((s) => s.side === side) ?? zero(side))),
  }));
}

const zero = (side: Side): SideCoverage => ({ side, planned: 0, captured: 0, missed: 0 });
