// The admin CLI: invite (new member or another device), members, revoke, usage errors.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/server/cli/commands.ts';
import type { CliContext } from '../../../src/server/cli/commands.ts';
import { runAdmin } from '../../../src/server/cli/run.ts';
import { redeemInvite } from '../../../src/server/auth/redeem.ts';
import { cliContext } from './cli-context.ts';

let ctx: CliContext;
let lines: string[];
beforeEach(async () => {
  ({ ctx, lines } = await cliContext());
});
afterEach(() => ctx.store.close());

const tokenIn = (text: string[]) => /#invite=([A-Za-z0-9_-]+)/.exec(text.join('\n'))?.[1];

describe('invite', () => {
  it('creates the member through member.put and prints a one-time link that signs in', async () => {
    await runAdmin(['invite', '--name', 'Ana', '--role', 'creator', '--contact', '+33 6 12 34 56 78'], ctx);
    const [ana] = await ctx.store.listEntities('member');
    expect(ana).toMatchObject({ name: 'Ana', role: 'creator', contact: '+33 6 12 34 56 78' });
    expect((await ctx.store.mutationLog())[0]).toMatchObject({ name: 'member.put', status: 'applied' });
    expect(lines.join('\n')).toContain('https://plan.example.org/signin#invite=');
    const session = await redeemInvite(ctx.store, {
      invite: tokenIn(lines),
      clientID: randomUUID(),
      deviceName: 'Phone',
    });
    expect(session.member).toEqual({ id: ana!.id, name: 'Ana', role: 'creator' });
  });

  it('warns under an invite whose link only this computer can open, and not under a public one', async () => {
    await runAdmin(['invite', '--name', 'Ana', '--role', 'creator'], ctx);
    expect(lines.join('\n')).not.toContain('phones cannot');
    lines.length = 0;
    ctx.publicUrl = 'http://localhost:8080';
    await runAdmin(['invite', '--name', 'Théo', '--role', 'creator'], ctx);
    expect(lines.join('\n')).toContain('http://localhost:8080/signin#invite=');
    expect(lines.join('\n')).toMatch(/only this computer can open: phones cannot\. Set PUBLIC_URL/);
  });

  it('gives an existing member another device', async () => {
    await runAdmin(['invite', '--name', 'Ana', '--role', 'editor'], ctx);
    const [ana] = await ctx.store.listEntities('member');
    lines.length = 0;
    await runAdmin(['invite', '--member', ana!.id], ctx);
    expect(tokenIn(lines)).toBeDefined();
    expect(await ctx.store.listInvites(ana!.id)).toHaveLength(2);
    expect(await ctx.store.listEntities('member')).toHaveLength(1);
  });

  it.each([
    [['invite', '--name', 'Ana'], /--name and --role/],
    [['invite', '--name', 'Ana', '--role', 'boss'], /--role: must be one of admin, planner, editor, creator/],
    [['invite', '--member', randomUUID()], /--member: no member/],
    [['invite', '--nme', 'Ana'], /--nme/],
    [['revoke'], /--device <id> or --member <id>/],
    [['revoke', '--device', randomUUID()], /--device: no device/],
    [['dance'], /unknown command "dance"/],
    [[], /no command/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const error = await runAdmin(argv, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect(await ctx.store.listEntities('member')).toEqual([]);
  });
});

describe('members and revoke', () => {
  it('lists members with their devices, and revokes one device or all of a member', async () => {
    await runAdmin(['invite', '--name', 'Ana', '--role', 'creator'], ctx);
    const [ana] = await ctx.store.listEntities('member');
    const first = await redeemInvite(ctx.store, {
      invite: tokenIn(lines),
      clientID: randomUUID(),
      deviceName: 'Pixel',
    });
    lines.length = 0;
    await runAdmin(['invite', '--member', ana!.id], ctx);
    await redeemInvite(ctx.store, { invite: tokenIn(lines), clientID: randomUUID(), deviceName: 'iPad' });

    lines.length = 0;
    await runAdmin(['members'], ctx);
    expect(lines[0]).toBe(`Ana (creator)  ${ana!.id}`);
    expect(lines.filter((l) => l.includes('last seen'))).toHaveLength(2);

    lines.length = 0;
    await runAdmin(['revoke', '--device', first.deviceId], ctx);
    expect(lines).toEqual([`device ${first.deviceId} revoked`]);
    lines.length = 0;
    await runAdmin(['revoke', '--member', ana!.id], ctx);
    expect(lines).toEqual([`1 device(s) of member ${ana!.id} revoked`]);
    expect((await ctx.store.listDevices()).every((d) => d.revokedAt !== null)).toBe(true);
  });
});
