// ODF ScheduleStatus values and the session statuses of the plan they map to.
import type { SessionStatus } from '../../domain/schedule.ts';

/**
 * ODF's schedule statuses of an event unit (ODF common codes, SC @ScheduleStatus, Paris 2024
 * edition) → the plan's session status:
 * - SCHEDULED, GETTING_READY (about to start, on time) → scheduled
 * - DELAYED (late, no new time yet), INTERRUPTED (started, stopped for now) → delayed
 * - POSTPONED (will take place at a time to be determined) → postponed
 * - RESCHEDULED (moved to a known new time) → rescheduled
 * - CANCELLED → cancelled
 * - RUNNING, SCHEDULED_BREAK (a planned break in a running unit) → running
 * - FINISHED → finished
 * UNSCHEDULED (a unit that may or may not happen: a swim-off, an extra heat) is not mapped: such
 * a unit is left out of the plan and named (see units.ts).
 */
export const ODF_STATUSES: Readonly<Record<string, SessionStatus>> = {
  SCHEDULED: 'scheduled',
  GETTING_READY: 'scheduled',
  DELAYED: 'delayed',
  INTERRUPTED: 'delayed',
  POSTPONED: 'postponed',
  RESCHEDULED: 'rescheduled',
  CANCELLED: 'cancelled',
  RUNNING: 'running',
  SCHEDULED_BREAK: 'running',
  FINISHED: 'finished',
};

/** The ODF status of a unit the plan leaves out. */
export const UNSCHEDULED = 'UNSCHEDULED';

/** The plan's status for an ODF ScheduleStatus, or undefined for one it does not know. */
export function sessionStatusOf(odf: string): SessionStatus | undefined {
  return Object.hasOwn(ODF_STATUSES, odf) ? ODF_STATUSES[odf] : undefined;
}
