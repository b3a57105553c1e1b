// Who to notify of one applied mutation, and of what: a pure function of its rows before and after.
import type { Assignment } from '../../shared/domain/member.ts';
import type { Moment } from '../../shared/domain/moment.ts';
import type { AccessRequest, Spot } from '../../shared/domain/spot.ts';
import type { AuditChange } from '../db/port.ts';

/** One thing to tell one member; the texts are written later, in each device's language. */
export type Notice =
  | { kind: 'assignment'; event: 'assigned' | 'unassigned'; memberId: string; momentId: string }
  | { kind: 'moment'; event: 'moved'; memberId: string; momentId: string; from: string; to: string }
  | { kind: 'moment'; event: 'cancelled'; memberId: string; momentId: string }
  | { kind: 'spot'; event: 'moved' | 'changed'; memberId: string; momentId: string; spotId: string }
  | { kind: 'access'; event: 'granted' | 'refused'; memberId: string; momentId: string; spotId: string }
  | { kind: 'reminder'; event: 'soon'; memberId: string; momentId: string; keyMomentAt: string };

/** The rows the decision reads besides the changes: every assignment and the spots, as of after the commit. */
export interface PlanRows {
  assignments: readonly Assignment[];
  spot(id: string): Spot | undefined;
}

const SPOT_FIELDS = ['label', 'description', 'camera', 'subject', 'bearing'] as const;
const POSITION_FIELDS = ['camera', 'subject', 'bearing'] as const;

/**
 * The notices an applied mutation calls for, from each changed row before and after:
 * - assignment created / deleted (or moved to another member): assigned / unassigned; its spot
 *   replaced: spot changed;
 * - moment whose key-moment time changed: moved, to everyone on it; chosen → dropped or deleted:
 *   cancelled (and no "unassigned" besides for the same moment);
 * - spot whose position, label or description changed: moved / changed, to those assigned to it;
 * - access request whose status became granted or refused: to those assigned to its spot.
 * The member who made the change is never told of it. One notice per member, kind and record.
 */
export function noticesFor(actorId: string, changes: readonly AuditChange[], rows: PlanRows): Notice[] {
  const notices: Notice[] = [];
  // Those on a moment or spot: now, plus assignments this very mutation removed.
  const removed = changes.flatMap((c) =>
    c.kind === 'assignment' && c.before && !c.after ? [c.before as Assignment] : [],
  );
  const everyone = [...rows.assignments, ...removed];
  const onMoment = (momentId: string) => unique(everyone.filter((a) => a.momentId === momentId));
  const onSpot = (spotId: string) => unique(rows.assignments.filter((a) => a.spotId === spotId));

  for (const change of changes) {
    if (change.kind === 'assignment') {
      const before = change.before as Assignment | null;
      const after = change.after as Assignment | null;
      if (after && (!before || before.memberId !== after.memberId))
        notices.push({
          kind: 'assignment',
          event: 'assigned',
          memberId: after.memberId,
          momentId: after.momentId,
        });
      if (before && (!after || before.memberId !== after.memberId))
        notices.push({
          kind: 'assignment',
          event: 'unassigned',
          memberId: before.memberId,
          momentId: before.momentId,
        });
      if (
        before &&
        after &&
        before.memberId === after.memberId &&
        before.spotId !== after.spotId &&
        after.spotId
      )
        notices.push({
          kind: 'spot',
          event: 'changed',
          memberId: after.memberId,
          momentId: after.momentId,
          spotId: after.spotId,
        });
    } else if (change.kind === 'moment') {
      const before = change.before as Moment | null;
      const after = change.after as Moment | null;
      if (!before) continue;
      const cancelled = before.status === 'chosen' && (!after || after.status !== 'chosen');
      if (cancelled) {
        for (const memberId of onMoment(before.id))
          notices.push({ kind: 'moment', event: 'cancelled', memberId, momentId: before.id });
      } else if (after && after.status === 'chosen' && before.keyMomentAt !== after.keyMomentAt) {
        for (const memberId of onMoment(after.id))
          notices.push({
            kind: 'moment',
            event: 'moved',
            memberId,
            momentId: after.id,
            from: before.keyMomentAt,
            to: after.keyMomentAt,
          });
      }
    } else if (change.kind === 'spot') {
      const before = change.before as Spot | null;
      const after = change.after as Spot | null;
      if (!before || !after) continue;
      const differs = (f: (typeof SPOT_FIELDS)[number]) =>
        JSON.stringify(before[f]) !== JSON.stringify(after[f]);
      if (!SPOT_FIELDS.some(differs)) continue;
      const event = POSITION_FIELDS.some(differs) ? 'moved' : 'changed';
      for (const memberId of onSpot(after.id))
        notices.push({ kind: 'spot', event, memberId, momentId: after.momentId, spotId: after.id });
    } else if (change.kind === 'access') {
      const before = change.before as AccessRequest | null;
      const after = change.after as AccessRequest | null;
      if (!after || before?.status === after.status) continue;
      if (after.status !== 'granted' && after.status !== 'refused') continue;
      const spot = rows.spot(after.spotId);
      if (!spot) continue;
      for (const memberId of onSpot(spot.id))
        notices.push({
          kind: 'access',
          event: after.status,
          memberId,
          momentId: spot.momentId,
          spotId: spot.id,
        });
    }
  }
  const cancelled = new Set(
    notices
      .filter((n) => n.kind === 'moment' && n.event === 'cancelled')
      .map((n) => `${n.memberId}/${n.momentId}`),
  );
  const seen = new Set<string>();
  return notices.filter((n) => {
    if (n.memberId === actorId) return false;
    if (n.kind === 'assignment' && cancelled.has(`${n.memberId}/${n.momentId}`)) return false;
    const key = `${n.memberId}/${n.kind}/${n.event}/${n.momentId}/${'spotId' in n ? n.spotId : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Kinds of change that can concern a member: a mutation touching none of them needs no read at all. */
export const NOTIFYING_KINDS = new Set(['assignment', 'moment', 'spot', 'access']);

function unique(assignments: readonly Assignment[]): string[] {
  return [...new Set(assignments.map((a) => a.memberId))];
}
