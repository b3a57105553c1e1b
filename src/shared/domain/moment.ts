// Moment: one chosen event session in a day's plan, with why its emotion can be anticipated.
import { z } from 'zod';
import { AngleTargets } from './angles.ts';
import { Day, Id, Instant, label, text } from './common.ts';
import { MAX_MOMENTS_PER_DAY } from './plan-limits.ts';

// Defined without zod so screens import it without the schemas (issue #14).
export { MAX_MOMENTS_PER_DAY };

/** Why it matters: a great athlete with a date with history, or an iconic event of the Games. */
export const WhyItMatters = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('athlete'), athlete: label(120), text: text(500) }),
  z.object({ kind: z.literal('iconic'), text: text(500).min(1, { error: 'must not be empty' }) }),
]);
export type WhyItMatters = z.infer<typeof WhyItMatters>;

export const MomentStatus = z.enum(['chosen', 'dropped']);
export type MomentStatus = z.infer<typeof MomentStatus>;

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
});
export type Moment = z.infer<typeof Moment>;
