// The admin CLI's schedule feed commands: create, list and revoke the tokens a results system pushes ODF messages with.
import type { CliContext } from './commands.ts';
import { UsageError } from './commands.ts';
import { createFeedToken } from '../feed/tokens.ts';
import { SYSTEM_CLIENT_ID } from '../sync/auth.ts';

/** Prints a new token once, with how to use it; only its hash is kept. */
export async function feedTokenNew(ctx: CliContext, name: string | undefined): Promise<void> {
  if (!name?.trim()) throw new UsageError('feed-token: give --name "Results system"');
  if (name.trim().length > 120) throw new UsageError('--name: at most 120 characters');
  const admin = (await ctx.store.listEntities('member')).find((m) => m.role === 'admin');
  const { token, feed } = await createFeedToken(ctx.store, name.trim(), admin?.id ?? SYSTEM_CLIENT_ID);
  ctx.out(`feed token "${feed.name}" created: ${feed.id}`);
  ctx.out('shown once, keep it in the results system’s configuration:');
  ctx.out(`  ${token}`);
  ctx.out(`push ODF schedule messages with: POST ${ctx.publicUrl}/api/feeds/odf`);
  ctx.out('  Authorization: Bearer <token>, Content-Type: application/xml');
}

export async function listFeedTokens(ctx: CliContext): Promise<void> {
  const tokens = await ctx.store.feeds.list();
  if (tokens.length === 0) ctx.out('no feed tokens');
  for (const t of tokens) {
    const state = t.revokedAt ? `revoked ${t.revokedAt}` : `last used ${t.lastUsedAt ?? 'never'}`;
    ctx.out(`${t.id}  "${t.name}"  created ${t.createdAt}  ${state}`);
  }
}

export async function revokeFeedToken(ctx: CliContext, id: string | undefined): Promise<void> {
  if (!id) throw new UsageError('revoke-feed: give --id <feed token id> (see "feed-tokens")');
  const known = (await ctx.store.feeds.list()).some((t) => t.id === id);
  if (!known) throw new UsageError(`--id: no feed token ${id} (see "feed-tokens")`);
  const n = await ctx.store.feeds.revoke(id, new Date().toISOString());
  ctx.out(n ? `feed token ${id} revoked` : `feed token ${id} was already revoked`);
}
