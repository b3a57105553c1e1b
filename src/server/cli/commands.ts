// The admin CLI's commands, as functions over the store: invite, members, revoke. admin.ts parses argv.
import { Role } from '../../shared/domain/member.ts';
import type { Member } from '../../shared/domain/member.ts';
import { createInvite, signInLink } from '../auth/invites.ts';
import { newId } from '../auth/tokens.ts';
import type { ServerStore } from '../db/port.ts';
import { SYSTEM_CLIENT_ID } from '../sync/auth.ts';
import type { SyncService } from '../sync/service.ts';

export interface CliContext {
  store: ServerStore;
  sync: SyncService;
  publicUrl: string;
  inviteTtlHours: number;
  out: (line: string) => void;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export async function inviteNew(ctx: CliContext, opts: { name: string; role: string; contact?: string }) {
  const role = Role.safeParse(opts.role);
  if (!role.success) throw new UsageError(`--role: must be one of ${Role.options.join(', ')}`);
  const member: Member = { id: newId(), name: opts.name, role: role.data, contact: opts.contact ?? '' };
  // The CLI acts as an admin: the first admin member if any, else the system itself.
  const admin = (await ctx.store.listEntities('member')).find((m) => m.role === 'admin');
  const actor = { memberId: admin?.id ?? SYSTEM_CLIENT_ID, role: 'admin' as const };
  const { results } = await ctx.sync.applyAsSystem([{ name: 'member.put', args: member }], actor);
  if (results[0]?.outcome !== 'applied')
    throw new UsageError(`the member was refused: ${results[0]?.reason}`);
  ctx.out(`member ${member.name} (${member.role}) created: ${member.id}`);
  await printInvite(ctx, member);
}

export async function inviteExisting(ctx: CliContext, memberId: string) {
  const member = await ctx.store.getEntity('member', memberId);
  if (!member) throw new UsageError(`--member: no member ${memberId} (see "members")`);
  await printInvite(ctx, member);
}

async function printInvite(ctx: CliContext, member: Member) {
  const { token, invite } = await createInvite(ctx.store, member.id, ctx.inviteTtlHours);
  ctx.out(`one-time sign-in link for ${member.name}, valid until ${invite.expiresAt}:`);
  ctx.out(`  ${signInLink(ctx.publicUrl, token)}`);
}

export async function listMembers(ctx: CliContext) {
  const members = await ctx.store.listEntities('member');
  const devices = await ctx.store.listDevices();
  if (members.length === 0) ctx.out('no members yet');
  for (const m of [...members].sort((a, b) => a.name.localeCompare(b.name))) {
    ctx.out(`${m.name} (${m.role})  ${m.id}${m.contact ? `  ${m.contact}` : ''}`);
    const own = devices.filter((d) => d.memberId === m.id);
    if (own.length === 0) ctx.out('    no device signed in');
    for (const d of own) {
      const state = d.revokedAt ? `revoked ${d.revokedAt}` : `last seen ${d.lastSeenAt ?? 'never'}`;
      ctx.out(`    device ${d.id}  "${d.name}"  ${state}`);
    }
  }
}

export async function revoke(ctx: CliContext, by: { device?: string; member?: string }) {
  const at = new Date().toISOString();
  if (by.device) {
    const known = (await ctx.store.listDevices()).some((d) => d.id === by.device);
    if (!known) throw new UsageError(`--device: no device ${by.device} (see "members")`);
    const n = await ctx.store.revokeDevice(by.device, at);
    ctx.out(n ? `device ${by.device} revoked` : `device ${by.device} was already revoked`);
  } else if (by.member) {
    if (!(await ctx.store.getEntity('member', by.member)))
      throw new UsageError(`--member: no member ${by.member}`);
    const n = await ctx.store.revokeMemberDevices(by.member, at);
    ctx.out(`${n} device(s) of member ${by.member} revoked`);
  } else {
    throw new UsageError('revoke: give --device <id> or --member <id>');
  }
}
