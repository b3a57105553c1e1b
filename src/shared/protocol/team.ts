// The team screen's API (admins): invites, role changes, revocations, and the audit names of those acts.
import { z } from 'zod';
import { Id } from '../domain/common.ts';
import { Job, Member, Role } from '../domain/member.ts';

/** POST /api/team/invites, a new member: the member's fields (from the Member schema) without an id. */
export const NewMemberInvite = z
  .object({
    name: Member.shape.name,
    role: Role,
    contact: Member.shape.contact.default(''),
    job: Job.optional(),
  })
  .strict();
export type NewMemberInvite = z.infer<typeof NewMemberInvite>;

/** POST /api/team/invites, another device of an existing member. */
export const DeviceInvite = z.object({ memberId: Id }).strict();
export type DeviceInvite = z.infer<typeof DeviceInvite>;

/** PATCH /api/team/members/:id: the fields to change; `job: null` clears the job. At least one field. */
export const MemberPatch = z
  .object({
    role: Role.optional(),
    name: Member.shape.name.optional(),
    contact: Member.shape.contact.optional(),
    job: Job.nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { error: 'give at least one of role, name, contact, job' });
export type MemberPatch = z.infer<typeof MemberPatch>;

/** One device of a member as the team screen lists it; instants are UTC ISO 8601. */
export interface TeamDevice {
  id: string;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  /** Set once revoked (or replaced by a new sign-in on the same browser). */
  revokedAt: string | null;
  /** The device can receive notifications (it has a push subscription). */
  push: boolean;
}

/** A sign-in link not used yet and not expired (its token is never shown again). */
export interface PendingInvite {
  id: string;
  createdAt: string;
  expiresAt: string;
}

export interface TeamMember {
  member: Member;
  devices: TeamDevice[];
  invites: PendingInvite[];
}

/** GET /api/team: every member, by name. */
export interface TeamList {
  members: TeamMember[];
}

/** The answer to an invite: the one-time link (shown once: only its hash is kept) and when it expires. */
export interface InviteAnswer {
  member: Member;
  link: string;
  expiresAt: string;
}

/**
 * Team acts that are not mutations of the plan, recorded in the audit trail beside them (by the
 * server's system client, in the name of the admin and device that acted, aimed at the member):
 * an invite made, a device revoked, all of a member's devices revoked. Role and contact changes
 * are the `member.put` mutation and appear as such, with the member before and after.
 */
export const TEAM_EVENTS = ['member.invite', 'device.revoke', 'member.revoke'] as const;
export type TeamEvent = (typeof TEAM_EVENTS)[number];

/** True when an audit entry's `name` is one of TEAM_EVENTS (not a mutation of the plan). */
export function isTeamEvent(name: string): name is TeamEvent {
  return (TEAM_EVENTS as readonly string[]).includes(name);
}
