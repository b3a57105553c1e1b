// The board's groups: the signature images of a day (or of the whole Games), moment by moment.
import type { Entity } from '../../../shared/domain/entities.ts';
import type { Moment } from '../../../shared/domain/moment.ts';
import type { SignatureImage } from '../../../shared/domain/signature.ts';
import { byCodePoint } from '../../../shared/sync/order.ts';

export type BoardScope = 'day' | 'games';

export interface BoardGroup {
  moment: Moment;
  venue?: Entity<'venue'>;
  images: SignatureImage[];
}

export interface BoardData {
  moments: readonly Moment[];
  venues: readonly Entity<'venue'>[];
  images: readonly SignatureImage[];
}

/**
 * Chosen moments with their images: one day of one edition, or every day of every edition
 * (in the order of the Games: edition start, day, then priority). Dropped moments are left out,
 * as in the coverage; images are by title so a live update never reshuffles the list.
 */
export function boardGroups(
  data: BoardData,
  scope: BoardScope,
  where: { editionId: string; day: string; editionStart: (editionId: string) => string },
): BoardGroup[] {
  const moments = data.moments
    .filter((m) => m.status === 'chosen')
    .filter((m) => scope === 'games' || (m.editionId === where.editionId && m.day === where.day))
    .sort(
      (a, b) =>
        byCodePoint(where.editionStart(a.editionId), where.editionStart(b.editionId)) ||
        byCodePoint(a.day, b.day) ||
        a.rank - b.rank ||
        byCodePoint(a.id, b.id),
    );
  return moments.map((moment) => ({
    moment,
    venue: data.venues.find((v) => v.id === moment.venueId),
    images: data.images
      .filter((image) => image.momentId === moment.id)
      .sort((a, b) => a.title.localeCompare(b.title) || byCodePoint(a.id, b.id)),
  }));
}

/** Groups split by day, for the whole-Games view: [day, groups of that day]. */
export function byDay(groups: readonly BoardGroup[]): [string, BoardGroup[]][] {
  const days = new Map<string, BoardGroup[]>();
  for (const group of groups) {
    const key = `${group.moment.editionId}/${group.moment.day}`;
    days.set(key, [...(days.get(key) ?? []), group]);
  }
  return [...days.values()].map((g) => [g[0]!.moment.day, g]);
}
