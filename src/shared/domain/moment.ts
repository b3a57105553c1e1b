// Moment: one chosen event session in a day's plan, with why its emotion can be anticipated.
import { z } from 'zod';
import { AngleTargets } from './angles.ts';
import { Day, Id, Instant, label, text } from './common.ts';
import { SessionStatus } from './schedule.ts';

/** Why it matters: a great athlete with a date with history, or an iconic event of the Games. */
export const WhyItMatters = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('athlete'), athlete: label(120), text: text(500) }),
  z.object({ kind: z.literal('iconic'), text: text(500).min(1, { error: 'must not be empty' }) }),
]);
export type WhyItMatters = z.infer<typeof WhyItMatters>;

export const MomentStatus = z.enum(['chosen', 'dropped']);
export type MomentStatus = z.infer<typeof MomentStatus>;

/** The team chooses 4 or 5 moments a day: past this the UI warns. */
export const MAX_MOMENTS_PER_DAY = 5;

/**
 * What a change of the schedule did to a moment, kept on the moment so every phone shows it
 * (offline too, once synced) until its creators acknowledge it on their assignment:
 * `moved` (the key moment shifted with its session), `postponed` (new time to be announced),
 * `cancelled`, `reinstated` (a cancelled session is back).
 */
export const ScheduleChangeKind = z.enum(['moved', 'postponed', 'cancelled', 'reinstated']);
export type ScheduleChangeKind = z.infer<typeof ScheduleChangeKind>;

export const ScheduleChange = z.object({
  kind: ScheduleChangeKind,
  /** The key moment before this change (UTC). */
  previousKeyMomentAt: Instant,
  /** When the change reached the plan: the server's receipt time (the device's before it syncs). */
  changedAt: Instant,
});
export type ScheduleChange = z.infer<typeof ScheduleChange>;

export const Moment = z.object({
  id: Id,
  editionId: Id,
  venueId: Id,
  sessionId: Id.optional(),
  day: Day,
  title: label(),
  sport: label(80),
  why: WhyItMatters,
  keyMomentAt: Instant,
  /** 1 is the day's first priority; ranks are kept dense by the rank mutation. */
  rank: z.number().int().min(1).max(99),
  status: MomentStatus,
  angles: AngleTargets,
  /** The planner pinned the key moment: a schedule change of its session does not move it. */
  pinned: z.boolean().optional(),
  /** Its session's status, copied when the session changes (absent: scheduled). */
  sessionStatus: SessionStatus.optional(),
  /** The latest schedule change creators must be told about. */
  scheduleChange: ScheduleChange.optional(),
});
export type Moment = z.infer<typeof Moment>;
