// The admin CLI's context for tests: an in-memory store, its sync service, and the printed lines collected.
import type { CliContext } from '../../../src/server/cli/commands.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';

/** A fresh CLI context on `:memory:` whose `out` appends to `lines` (close `ctx.store` after). */
export async function cliContext(): Promise<{ ctx: CliContext; lines: string[] }> {
  const store = await openSqliteStore(':memory:');
  const lines: string[] = [];
  const ctx: CliContext = {
    store,
    sync: createSyncService(store, createPoker()),
    publicUrl: 'https://plan.example.org',
    inviteTtlHours: 72,
    out: (l) => lines.push(l),
  };
  return { ctx, lines };
}
