// Warnings for a creator's day: double bookings, and venue-to-venue travel that cannot fit.
import { distanceMetres } from './geo.ts';
import type { Venue } from './edition.ts';
import type { Assignment } from './member.ts';
import type { Moment } from './moment.ts';
import { byCodePoint } from '../sync/order.ts';

export interface ConflictRules {
  /** A creator must be in position this long before the key moment. */
  beforeMinutes: number;
  /** ...and is busy this long after it (the image, the post). */
  afterMinutes: number;
  /** Straight-line speed across a city, metro and walking included. */
  urbanSpeedKmh: number;
}

/** Defaults documented in the README: 60 min before, 30 min after, 12 km/h as the crow flies. */
export const DEFAULT_CONFLICT_RULES: ConflictRules = {
  beforeMinutes: 60,
  afterMinutes: 30,
  urbanSpeedKmh: 12,
};

export type Conflict =
  | { kind: 'double-booking'; memberId: string; momentIds: [string, string] }
  | {
      kind: 'travel';
      memberId: string;
      momentIds: [string, string];
      neededMinutes: number;
      availableMinutes: number;
    };

interface Window {
  moment: Moment;
  start: number;
  end: number;
}

/**
 * Every conflict among the assignments, for all members; chosen moments only, and not those whose
 * session is cancelled (nobody goes). Computed from the moments' key times, so a moment moved with
 * its session is checked where it now is.
 */
export function findConflicts(
  assignments: readonly Assignment[],
  moments: readonly Moment[],
  venues: readonly Venue[],
  rules: ConflictRules = DEFAULT_CONFLICT_RULES,
): Conflict[] {
  const momentById = new Map(moments.map((m) => [m.id, m]));
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const byMember = new Map<string, Window[]>();
  for (const a of assignments) {
    const moment = momentById.get(a.momentId);
    if (!moment || moment.status !== 'chosen' || moment.sessionStatus === 'cancelled') continue;
    const key = Date.parse(moment.keyMomentAt);
    const windows = byMember.get(a.memberId) ?? [];
    if (windows.some((w) => w.moment.id === moment.id)) continue; // two spots at one moment is one booking
    windows.push({
      moment,
      start: key - rules.beforeMinutes * 60_000,
      end: key + rules.afterMinutes * 60_000,
    });
    byMember.set(a.memberId, windows);
  }

  const conflicts: Conflict[] = [];
  for (const [memberId, windows] of byMember) {
    windows.sort((a, b) => a.start - b.start || byCodePoint(a.moment.id, b.moment.id));
    for (const [i, first] of windows.entries()) {
      for (const second of windows.slice(i + 1)) {
        const momentIds: [string, string] = [first.moment.id, second.moment.id];
        if (second.start < first.end) {
          conflicts.push({ kind: 'double-booking', memberId, momentIds });
          continue;
        }
        const from = venueById.get(first.moment.venueId);
        const to = venueById.get(second.moment.venueId);
        if (!from || !to) continue;
        const neededMinutes = Math.ceil(
          (distanceMetres(from.position, to.position) / 1000 / rules.urbanSpeedKmh) * 60,
        );
        const availableMinutes = Math.floor((second.start - first.end) / 60_000);
        if (neededMinutes > availableMinutes) {
          conflicts.push({ kind: 'travel', memberId, momentIds, neededMinutes, availableMinutes });
        }
      }
    }
  }
  return conflicts;
}
