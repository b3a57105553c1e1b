// The admin CLI's commands over the team module (the same rules as the team screen): invite, members, revoke.
import { Job, Role } from '../../shared/domain/member.ts';
import { isApiError } from '../errors.ts';
import type { ServerStore } from '../db/port.ts';
import { SYSTEM_CLIENT_ID } from '../sync/auth.ts';
import type { SyncService } from '../sync/service.ts';
import type { InviteAnswer } from '../../shared/protocol/team.ts';
import * as team from '../team/team.ts';
import type { TeamActor, TeamContext } from '../team/team.ts';
import { loopbackWarning } from '../public-url.ts';

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

/** The team module names fields as the API does; the CLI user typed options. */
const OPTION_OF: Record<string, string> = { memberId: '--member', deviceId: '--device', role: '--role' };

/** Runs a team operation; its refusals become usage errors naming the option, not the API field. */
async function run<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isApiError(error)) throw error;
    const message = error.message.replace(/^(\w+):/, (all, field: string) =>
      OPTION_OF[field] ? `${OPTION_OF[field]}:` : all,
    );
    throw new UsageError(`${message}${/^--(member|device)/.test(message) ? ' (see "members")' : ''}`);
  }
}

function context(ctx: CliContext): TeamContext {
  return { store: ctx.store, sync: ctx.sync, publicUrl: ctx.publicUrl, inviteTtlHours: ctx.inviteTtlHours };
}

/** The CLI acts as an admin: the first admin member if any, else the system itself; from no device. */
async function actor(ctx: CliContext): Promise<TeamActor> {
  const admin = (await ctx.store.listEntities('member')).find((m) => m.role === 'admin');
  return { memberId: admin?.id ?? SYSTEM_CLIENT_ID, deviceId: null };
}

export async function inviteNew(
  ctx: CliContext,
  opts: { name: string; role: string; contact?: string; job?: string },
) {
  const role = Role.safeParse(opts.role);
  if (!role.success) throw new UsageError(`--role: must be one of ${Role.options.join(', ')}`);
  const job = opts.job === undefined ? undefined : Job.safeParse(opts.job);
  if (job && !job.success) throw new UsageError(`--job: must be one of ${Job.options.join(', ')}`);
  const answer = await run(async () =>
    team.inviteNewMember(context(ctx), await actor(ctx), {
      name: opts.name,
      role: role.data,
      contact: opts.contact ?? '',
      ...(job?.data ? { job: job.data } : {}),
    }),
  );
  ctx.out(`member ${answer.member.name} (${answer.member.role}) created: ${answer.member.id}`);
  printInvite(ctx, answer);
}

export async function inviteExisting(ctx: CliContext, memberId: string) {
  printInvite(ctx, await run(async () => team.inviteDevice(context(ctx), await actor(ctx), memberId)));
}

function printInvite(ctx: CliContext, answer: InviteAnswer) {
  ctx.out(`one-time sign-in link for ${answer.member.name}, valid until ${answer.expiresAt}:`);
  ctx.out(`  ${answer.link}`);
  const warning = loopbackWarning(ctx.publicUrl);
  if (warning) ctx.out(warning);
}

export async function listMembers(ctx: CliContext) {
  const { members } = await team.listTeam(context(ctx));
  if (members.length === 0) ctx.out('no members yet');
  for (const { member: m, devices } of members) {
    const job = m.job ? `  ${m.job}` : '';
    ctx.out(`${m.name} (${m.role})  ${m.id}${job}${m.contact ? `  ${m.contact}` : ''}`);
    if (devices.length === 0) ctx.out('    no device signed in');
    for (const d of [...devices].reverse()) {
      const state = d.revokedAt ? `revoked ${d.revokedAt}` : `last seen ${d.lastSeenAt ?? 'never'}`;
      ctx.out(`    device ${d.id}  "${d.name}"  ${state}${d.push ? '  notifications on' : ''}`);
    }
  }
}

export async function revoke(ctx: CliContext, by: { device?: string; member?: string }) {
  if (by.device) {
    const id = by.device;
    const { revoked } = await run(async () => team.revokeDevice(context(ctx), await actor(ctx), id));
    ctx.out(revoked ? `device ${id} revoked` : `device ${id} was already revoked`);
  } else if (by.member) {
    const id = by.member;
    const { revoked } = await run(async () => team.revokeMember(context(ctx), await actor(ctx), id));
    ctx.out(`${revoked} device(s) of member ${id} revoked`);
  } else {
    throw new UsageError('revoke: give --device <id> or --member <id>');
  }
}
