// Member, device and assignment: who is on the team, with which phone, sent where.
import { z } from 'zod';
import { Id, Instant, label, line, text } from './common.ts';

export const Role = z.enum(['admin', 'planner', 'editor', 'creator']);
export type Role = z.infer<typeof Role>;

/** What a creator makes on site (DOMAIN.md): shown on the team screen, never folded into `contact`. */
export const Job = z.enum(['photographer', 'video-maker', 'community-manager']);
export type Job = z.infer<typeof Job>;

export const Member = z.object({
  id: Id,
  name: label(120),
  role: Role,
  /** A phone number or an address: one line. */
  contact: line(120),
  /** Absent for members without one of the creators' jobs (planners, the desk). */
  job: Job.optional(),
});
export type Member = z.infer<typeof Member>;

/** A member's signed-in phone or laptop; server-side only, never synced. */
export const Device = z.object({
  id: Id,
  memberId: Id,
  name: label(120),
  createdAt: Instant,
  lastSeenAt: Instant.optional(),
  revokedAt: Instant.optional(),
});
export type Device = z.infer<typeof Device>;

/**
 * What the assigned member last acknowledged of their moment's schedule changes. Kept on the
 * assignment because an assignment is one member on one moment: each creator acknowledges for
 * themselves, their other devices learn it by sync, and the planner sees who knows.
 */
export const Acknowledged = z.object({
  /** The `changedAt` of the moment's schedule change acknowledged. */
  changedAt: Instant,
  /** The key moment as the member saw it then: the "was" of the next change. */
  keyMomentAt: Instant,
});
export type Acknowledged = z.infer<typeof Acknowledged>;

export const Assignment = z.object({
  id: Id,
  memberId: Id,
  momentId: Id,
  spotId: Id.optional(),
  note: text(500),
  acknowledged: Acknowledged.optional(),
});
export type Assignment = z.infer<typeof Assignment>;
