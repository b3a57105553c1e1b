// Pure reads of "my day": the signed-in member's assigned moments, their days, and everything each card shows.
import type { Entity } from '../../../shared/domain/entities.ts';
import type { ScheduleChange } from '../../../shared/domain/moment.ts';
import { pendingChange } from '../../ui/schedule-change.ts';
import type { Actor } from '../../../shared/mutations/types.ts';
import type { RejectionLike } from '../../ui/describe-rejection.ts';
import { rejectionOf, targetOf } from '../day/moment-view.ts';
import { type ShotAction, shotActions } from '../day/shot-actions.ts';
import { byCodePoint } from '../../../shared/sync/order.ts';

export interface MyShot {
  image: Entity<'signature'>;
  actions: ShotAction[];
  /** A change to this image is in the outbox, not yet acknowledged by the server. */
  waiting: boolean;
  /** The server refused the latest change to this image. */
  rejectedReason?: string;
  /** Its code and params, for the screen to translate (rejectedReason is the English fallback). */
  rejection?: RejectionLike;
}

export interface MyAssignment {
  assignment: Entity<'assignment'>;
  moment: Entity<'moment'>;
  edition?: Entity<'edition'>;
  venue?: Entity<'venue'>;
  spot?: Entity<'spot'>;
  access?: Entity<'access'>;
  shots: MyShot[];
  /** The schedule change of this moment not acknowledged yet on this assignment: it stands out. */
  change?: ScheduleChange;
}

/** One change of my plan to tell me about, whatever day it is on (a moved moment may change day). */
export interface MyChange {
  assignment: Entity<'assignment'>;
  moment: Entity<'moment'>;
  venue?: Entity<'venue'>;
  change: ScheduleChange;
}

export interface MyDayData {
  editions: readonly Entity<'edition'>[];
  moments: readonly Entity<'moment'>[];
  venues: readonly Entity<'venue'>[];
  spots: readonly Entity<'spot'>[];
  access: readonly Entity<'access'>[];
  assignments: readonly Entity<'assignment'>[];
  signatures: readonly Entity<'signature'>[];
  /** The ids of rows a change still in the outbox names (`usePendingTargets`). */
  waiting: readonly string[];
  rejections: readonly ({ id: number; name: string; args: unknown; reason: string } & RejectionLike)[];
}

/** The member's assignments to chosen moments (a dropped moment leaves "my day"). */
function mine(data: Pick<MyDayData, 'assignments' | 'moments'>, memberId: string) {
  const moments = new Map(data.moments.filter((m) => m.status === 'chosen').map((m) => [m.id, m]));
  return data.assignments
    .filter((a) => a.memberId === memberId && moments.has(a.momentId))
    .map((assignment) => ({ assignment, moment: moments.get(assignment.momentId)! }));
}

/** Days on which the member has an assignment, in order. */
export function myDays(data: Pick<MyDayData, 'assignments' | 'moments'>, memberId: string): string[] {
  return [...new Set(mine(data, memberId).map((a) => a.moment.day))].sort();
}

/**
 * The day to open on: today if it has assignments, else the next day that has some (the Games
 * ahead), else the first one (looking back after the Games). Undefined: no assignment at all.
 */
export function defaultMyDay(days: readonly string[], today: string): string | undefined {
  return days.includes(today) ? today : (days.find((d) => d > today) ?? days[0]);
}

/** One day's assignments in time order (key moment, then title), with spot, access and images. */
export function buildMyDay(day: string, actor: Actor, data: MyDayData): MyAssignment[] {
  const waiting = new Set(data.waiting);
  // The latest rejection wins: it is the one the user last tapped.
  const rejected = new Map<string, RejectionLike & { reason: string }>();
  for (const r of [...data.rejections].sort((a, b) => a.id - b.id)) {
    const id = targetOf(r.args);
    if (id) rejected.set(id, r);
  }
  return mine(data, actor.memberId)
    .filter(({ moment }) => moment.day === day)
    .sort(
      (a, b) =>
        byCodePoint(a.moment.keyMomentAt, b.moment.keyMomentAt) ||
        a.moment.title.localeCompare(b.moment.title) ||
        byCodePoint(a.assignment.id, b.assignment.id),
    )
    .map(({ assignment, moment }) => {
      const momentSpots = data.spots.filter((s) => s.momentId === moment.id);
      // The assignment names the spot; a moment with a single spot needs no naming.
      const spot = assignment.spotId
        ? momentSpots.find((s) => s.id === assignment.spotId)
        : momentSpots.length === 1
          ? momentSpots[0]
          : undefined;
      // Every image of the moment (a creator may get another spot's shot), those of my spot first.
      const elsewhere = (s: Entity<'signature'>) => (s.spotId && spot && s.spotId !== spot.id ? 1 : 0);
      const shots = data.signatures
        .filter((s) => s.momentId === moment.id)
        .sort(
          (a, b) => elsewhere(a) - elsewhere(b) || a.title.localeCompare(b.title) || byCodePoint(a.id, b.id),
        )
        .map((image) => ({
          image,
          actions: shotActions(actor.role, true, image.status),
          waiting: waiting.has(image.id),
          ...rejectionOf(rejected.get(image.id)),
        }));
      const change = pendingChange(moment, assignment);
      return {
        assignment,
        moment,
        ...(change ? { change } : {}),
        edition: data.editions.find((e) => e.id === moment.editionId),
        venue: data.venues.find((v) => v.id === moment.venueId),
        spot,
        access: spot ? data.access.find((a) => a.spotId === spot.id) : undefined,
        shots,
      };
    });
}

/**
 * Every change of my chosen moments I have not acknowledged, oldest change first: a moment moved
 * to another day must not just vanish from the day I am looking at.
 */
export function myChanges(
  data: Pick<MyDayData, 'assignments' | 'moments' | 'venues'>,
  memberId: string,
): MyChange[] {
  return mine(data, memberId)
    .flatMap(({ assignment, moment }) => {
      const change = pendingChange(moment, assignment);
      if (!change) return [];
      const venue = data.venues.find((v) => v.id === moment.venueId);
      return [{ assignment, moment, change, ...(venue ? { venue } : {}) }];
    })
    .sort(
      (a, b) =>
        a.change.changedAt.localeCompare(b.change.changedAt) || a.moment.id.localeCompare(b.moment.id),
    );
}
