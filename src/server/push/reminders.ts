// "30 minutes before my key moment": which reminders are due now (a pure function of the plan and the time).
import type { Assignment } from '../../shared/domain/member.ts';
import type { Moment } from '../../shared/domain/moment.ts';
import type { Notice } from './decide.ts';

/** How long before the key moment the reminder goes (ms). */
export const REMINDER_BEFORE_MS = 30 * 60_000;

/**
 * Reminders due at `now` (ms since the epoch): one per member assigned to a chosen moment whose
 * key moment is at most REMINDER_BEFORE_MS ahead and not past. A server that was down at the
 * 30-minute mark still reminds later, up to the key moment; the caller sends each
 * (moment, member, key-moment time) once (a moved moment gets its own reminder).
 */
export function dueReminders(
  now: number,
  moments: readonly Moment[],
  assignments: readonly Assignment[],
): Notice[] {
  const due: Notice[] = [];
  for (const moment of moments) {
    if (moment.status !== 'chosen') continue;
    const at = Date.parse(moment.keyMomentAt);
    if (!(now >= at - REMINDER_BEFORE_MS && now < at)) continue;
    const members = new Set(assignments.filter((a) => a.momentId === moment.id).map((a) => a.memberId));
    for (const memberId of [...members].sort())
      due.push({
        kind: 'reminder',
        event: 'soon',
        memberId,
        momentId: moment.id,
        keyMomentAt: moment.keyMomentAt,
      });
  }
  return due;
}
