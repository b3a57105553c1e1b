// ScheduleSession: one session of the competition schedule, a candidate for the day's plan.
import { z } from 'zod';
import { Id, Instant, label, text } from './common.ts';

export const ScheduleSession = z.object({
  id: Id,
  editionId: Id,
  venueId: Id,
  /** Identifier in the source schedule, so a re-import updates rather than duplicates. */
  ref: label(80),
  sport: label(80),
  event: label(),
  startsAt: Instant,
  endsAt: Instant,
  medal: z.boolean(),
  notes: text(500).default(''),
});
export type ScheduleSession = z.infer<typeof ScheduleSession>;
