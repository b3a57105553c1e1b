// The team's rules, for the admin CLI and the team screen's routes alike: invite, list, change a member, revoke.
import type { Member } from '../../shared/domain/member.ts';
import type { MemberPatch, NewMemberInvite, TeamList, InviteAnswer } from '../../shared/protocol/team.ts';
import { createInvite, signInLink } from '../auth/invites.ts';
import { newId } from '../auth/tokens.ts';
import type { SubStores } from '../db/port.ts';
import type { SyncStorage } from '../db/ports/sync-storage.ts';
import type { RowReader } from '../db/ports/rows.ts';
import type { DeviceStore } from '../db/ports/devices.ts';
import { ApiError } from '../errors.ts';
import { SYSTEM_CLIENT_ID } from '../sync/auth.ts';
import type { SyncService } from '../sync/service.ts';
import { logTeamEvent, type TeamActor } from './audit.ts';

export type { TeamActor } from './audit.ts';

export interface TeamContext {
  store: SyncStorage & RowReader & DeviceStore & Pick<SubStores, 'push'>;
  sync: SyncService;
  /** Sign-in links start with it (PUBLIC_URL). */
  publicUrl: string;
  inviteTtlHours: number;
  clock?: () => Date;
}

const now = (ctx: TeamContext) => (ctx.clock?.() ?? new Date()).toISOString();

/** Every member by name, with their devices (newest first) and the invites still usable. */
export async function listTeam(ctx: TeamContext): Promise<TeamList> {
  const at = now(ctx);
  const [members, devices, invites] = await Promise.all([
    ctx.store.listEntities('member'),
    ctx.store.listDevices(),
    ctx.store.listInvites(),
  ]);
  const subscribed = new Set(
    (await ctx.store.push.subscriptionsOf(members.map((m) => m.id))).map((s) => s.deviceId),
  );
  return {
    members: [...members]
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map((member) => ({
        member,
        devices: devices
          .filter((d) => d.memberId === member.id)
          .reverse()
          .map((d) => ({
            id: d.id,
            name: d.name,
            createdAt: d.createdAt,
            lastSeenAt: d.lastSeenAt,
            revokedAt: d.revokedAt ?? (d.clientID === null ? d.createdAt : null),
            push: subscribed.has(d.id),
          })),
        invites: invites
          .filter((i) => i.memberId === member.id && i.usedAt === null && i.expiresAt > at)
          .map((i) => ({ id: i.id, createdAt: i.createdAt, expiresAt: i.expiresAt })),
      })),
  };
}

/** A new member (through `member.put`, so every device receives them) and their first sign-in link. */
export async function inviteNewMember(
  ctx: TeamContext,
  actor: TeamActor,
  input: NewMemberInvite,
): Promise<InviteAnswer> {
  const member: Member = {
    id: newId(),
    name: input.name,
    role: input.role,
    contact: input.contact,
    ...(input.job ? { job: input.job } : {}),
  };
  await putMember(ctx, actor, member);
  return invite(ctx, actor, member);
}

/** Another sign-in link for an existing member: another device, or a replaced phone. */
export async function inviteDevice(ctx: TeamContext, actor: TeamActor, memberId: string) {
  return invite(ctx, actor, await mustGetMember(ctx, memberId));
}

/**
 * Changes a member's role, name, contact or job through `member.put` (audited with before and
 * after). The team always keeps an admin: demoting the last one is refused (409 last_admin).
 */
export async function updateMember(
  ctx: TeamContext,
  actor: TeamActor,
  memberId: string,
  patch: MemberPatch,
): Promise<Member> {
  const member = await mustGetMember(ctx, memberId);
  if (member.role === 'admin' && patch.role !== undefined && patch.role !== 'admin') {
    const admins = (await ctx.store.listEntities('member')).filter((m) => m.role === 'admin');
    if (admins.length <= 1)
      throw new ApiError(
        409,
        'last_admin',
        `role: ${member.name} is the team's only admin; make another admin first`,
      );
  }
  const { job, ...rest } = patch;
  const { job: _old, ...base } = member;
  const next: Member = {
    ...base,
    ...rest,
    ...(job === null ? {} : job !== undefined ? { job } : member.job ? { job: member.job } : {}),
  };
  await putMember(ctx, actor, next);
  return next;
}

/** Signs one device out: its token stops working at its next request, its push subscription goes. */
export async function revokeDevice(ctx: TeamContext, actor: TeamActor, deviceId: string) {
  const device = (await ctx.store.listDevices()).find((d) => d.id === deviceId);
  if (!device) throw new ApiError(404, 'not_found', `deviceId: no device ${deviceId}`);
  const at = now(ctx);
  const revoked = await ctx.store.revokeDevice(deviceId, at);
  await ctx.store.push.removeForDevices([deviceId]);
  if (revoked) {
    await logTeamEvent(
      ctx.store,
      actor,
      { name: 'device.revoke', memberId: device.memberId, args: { deviceId, deviceName: device.name } },
      at,
    );
  }
  return { device, revoked };
}

/**
 * Signs every device of a member out and cancels their unused sign-in links. The member stays on
 * the team (their assignments and history too) and may be invited again.
 */
export async function revokeMember(ctx: TeamContext, actor: TeamActor, memberId: string) {
  const member = await mustGetMember(ctx, memberId);
  const at = now(ctx);
  const revoked = await ctx.store.revokeMemberDevices(memberId, at);
  const invites = await ctx.store.cancelInvites(memberId, at);
  await ctx.store.push.removeForDevices((await ctx.store.listDevices(memberId)).map((d) => d.id));
  await logTeamEvent(
    ctx.store,
    actor,
    { name: 'member.revoke', memberId, args: { devices: revoked, invites } },
    at,
  );
  return { member, revoked, invites };
}

async function mustGetMember(ctx: TeamContext, memberId: string): Promise<Member> {
  const member = await ctx.store.getEntity('member', memberId);
  if (!member) throw new ApiError(404, 'not_found', `memberId: no member ${memberId}`);
  return member;
}

async function putMember(ctx: TeamContext, actor: TeamActor, member: Member): Promise<void> {
  const { results } = await ctx.sync.applyAsSystem(
    [{ name: 'member.put', args: member }],
    { memberId: actor.memberId, role: 'admin' },
    // The device is the admin's when the team screen acts: the audit names it.
    { clientID: SYSTEM_CLIENT_ID, deviceId: actor.deviceId },
  );
  const result = results[0];
  if (result?.outcome !== 'applied')
    throw new ApiError(400, 'invalid_body', `the member was refused: ${result?.reason ?? 'unknown'}`);
}

async function invite(ctx: TeamContext, actor: TeamActor, member: Member): Promise<InviteAnswer> {
  const { token, invite } = await createInvite(
    ctx.store,
    member.id,
    ctx.inviteTtlHours,
    ctx.clock?.() ?? new Date(),
  );
  await logTeamEvent(
    ctx.store,
    actor,
    {
      name: 'member.invite',
      memberId: member.id,
      args: { inviteId: invite.id, expiresAt: invite.expiresAt },
    },
    invite.createdAt,
  );
  return { member, link: signInLink(ctx.publicUrl, token), expiresAt: invite.expiresAt };
}
