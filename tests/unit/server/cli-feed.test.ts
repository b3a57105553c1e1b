// The admin CLI's schedule feed commands: a token printed once (its hash kept), listed, revoked; usage errors.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/server/cli/commands.ts';
import type { CliContext } from '../../../src/server/cli/commands.ts';
import { runAdmin } from '../../../src/server/cli/run.ts';
import { cliContext } from './cli-context.ts';

let ctx: CliContext;
let lines: string[];
beforeEach(async () => {
  ({ ctx, lines } = await cliContext());
});
afterEach(() => ctx.store.close());

describe('feed tokens from the CLI', () => {
  it('prints a new token once with how to push; keeps only its hash; lists and revokes it', async () => {
    await runAdmin(['feed-token', '--name', 'Results system (OVR)'], ctx);
    const token = lines[2]!.trim();
    expect(token).toHaveLength(43);
    expect(lines.join('\n')).toContain('POST https://plan.example.org/api/feeds/odf');
    const hash = createHash('sha256').update(token).digest('base64url');
    const feed = (await ctx.store.feeds.byTokenHash(hash))!;
    expect(feed.name).toBe('Results system (OVR)');

    lines.length = 0;
    await runAdmin(['feed-tokens'], ctx);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(feed.id);
    expect(lines[0]).toContain('last used never');
    expect(lines.join('\n')).not.toContain(token);

    lines.length = 0;
    await runAdmin(['revoke-feed', '--id', feed.id], ctx);
    expect(lines).toEqual([`feed token ${feed.id} revoked`]);
    expect(await ctx.store.feeds.byTokenHash(hash)).toBeUndefined();
    lines.length = 0;
    await runAdmin(['revoke-feed', '--id', feed.id], ctx);
    expect(lines).toEqual([`feed token ${feed.id} was already revoked`]);
  });

  it('names what is missing', async () => {
    await expect(runAdmin(['feed-token'], ctx)).rejects.toThrow(UsageError);
    await expect(runAdmin(['revoke-feed'], ctx)).rejects.toThrow(/--id/);
    await expect(runAdmin(['revoke-feed', '--id', 'nope'], ctx)).rejects.toThrow(/no feed token nope/);
  });
});
