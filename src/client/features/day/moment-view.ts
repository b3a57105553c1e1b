// Joins a day's moments with their venue, spots, creators and signature images, for the day screen.
import type { Entity } from '../../../shared/domain/entities.ts';
import type { Actor } from '../../../shared/mutations/types.ts';
import type { RejectionLike } from '../../ui/describe-rejection.ts';
import { type ShotAction, shotActions } from './shot-actions.ts';

type Moment = Entity<'moment'>;

export interface SignatureView {
  image: Entity<'signature'>;
  actions: ShotAction[];
  /** A change to this image is in the outbox, not yet acknowledged by the server. */
  waiting: boolean;
  /** The server refused the latest change to this image (until the user dismisses it). */
  rejectedReason?: string;
  /** Its code and params, for the screen to translate (rejectedReason is the English fallback). */
  rejection?: RejectionLike;
}

export interface MomentView {
  moment: Moment;
  venue?: Entity<'venue'>;
  spots: { spot: Entity<'spot'>; access?: Entity<'access'> }[];
  creators: { assignmentId: string; memberId: string; name?: string }[];
  signatures: SignatureView[];
}

export interface DayData {
  venues: readonly Entity<'venue'>[];
  spots: readonly Entity<'spot'>[];
  access: readonly Entity<'access'>[];
  members: readonly Entity<'member'>[];
  assignments: readonly Entity<'assignment'>[];
  signatures: readonly Entity<'signature'>[];
  /** The ids of rows a change still in the outbox names (`usePendingTargets`, by `args.id`). */
  waiting: readonly string[];
  /** Rejections not dismissed: they name rows by `args.id` too. */
  rejections: readonly ({ id: number; name: string; args: unknown; reason: string } & RejectionLike)[];
}

/** The view fields of the latest rejection of an image: the English reason and what translates it. */
export function rejectionOf(r: (RejectionLike & { reason: string }) | undefined): {
  rejectedReason?: string;
  rejection?: RejectionLike;
} {
  if (!r) return {};
  return { rejectedReason: r.reason, rejection: { code: r.code, params: r.params, reason: r.reason } };
}

/** The id a mutation acts on: every row mutation names its row as `args.id`. */
export function targetOf(args: unknown): string | undefined {
  const id = (args as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

export function buildMomentViews(
  moments: readonly Moment[],
  data: DayData,
  actor: Actor | null,
): MomentView[] {
  const waitingIds = new Set(data.waiting);
  // The latest rejection wins: it is the one the user last tapped.
  const rejected = new Map<string, RejectionLike & { reason: string }>();
  for (const r of [...data.rejections].sort((a, b) => a.id - b.id)) {
    const id = targetOf(r.args);
    if (id) rejected.set(id, r);
  }
  const memberName = new Map(data.members.map((m) => [m.id, m.name]));
  return moments.map((moment) => {
    const assignments = data.assignments.filter((a) => a.momentId === moment.id);
    const assigned = actor ? assignments.some((a) => a.memberId === actor.memberId) : false;
    return {
      moment,
      venue: data.venues.find((v) => v.id === moment.venueId),
      spots: data.spots
        .filter((s) => s.momentId === moment.id)
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((spot) => ({ spot, access: data.access.find((a) => a.spotId === spot.id) })),
      creators: assignments.map((a) => ({
        assignmentId: a.id,
        memberId: a.memberId,
        name: memberName.get(a.memberId),
      })),
      signatures: data.signatures
        .filter((s) => s.momentId === moment.id)
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((image) => ({
          image,
          actions: actor ? shotActions(actor.role, assigned, image.status) : [],
          waiting: waitingIds.has(image.id),
          ...rejectionOf(rejected.get(image.id)),
        })),
    };
  });
}
