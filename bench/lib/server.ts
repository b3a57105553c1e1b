// The real sync server in this process, on a SQLite file in a temp dir, with the Paris 2024 demo; devices sign in over HTTP.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../src/shared/domain/member.ts';
import { SessionInfo } from '../../src/shared/protocol/messages.ts';
import { createInvite } from '../../src/server/auth/invites.ts';
import type { DemoData } from '../../src/server/bootstrap.ts';
import { seedIfEmpty } from '../../src/server/bootstrap.ts';
import { openSqliteStore } from '../../src/server/db/index.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import { buildApp } from '../../src/server/http/app.ts';
import { POKE_COALESCE_MS, createPoker } from '../../src/server/sync/poke.ts';
import { createSyncService } from '../../src/server/sync/service.ts';

export interface BenchServer {
  url: string;
  store: ServerStore;
  /** Adds a member and signs a new device in for them through POST /api/auth/redeem. */
  signIn(name: string, role: Role): Promise<{ session: SessionInfo; clientID: string }>;
  close(): Promise<void>;
}

/**
 * `open`: the store to serve (a PostgreSQL one for bench:engine), a SQLite file in a temp dir by
 * default; `demo`: what to seed, the Paris 2024 demo by default.
 */
export async function startBenchServer(
  options: { open?: () => Promise<ServerStore>; demo?: () => DemoData } = {},
): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plan-de-jeu-bench-'));
  const store = options.open ? await options.open() : await openSqliteStore(dataDir);
  const poker = createPoker({ coalesceMs: POKE_COALESCE_MS });
  const sync = createSyncService(store, poker);
  const seed = await seedIfEmpty(store, options.demo ?? paris2024Demo);
  if (!seed.admin) throw new Error('the bench server was not seeded');
  const admin = { memberId: seed.admin.id, role: 'admin' as const };

  // The dist directory is irrelevant here: the bench only talks to the API.
  // Every bench device signs in from 127.0.0.1: the per-address sign-in limit would refuse the 61st.
  const app = buildApp(
    { distDir: join(dataDir, 'no-dist'), rateLimits: { sync: 1_000_000, signIn: 1_000_000 } },
    { store, sync, poker },
  );
  const url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');

  async function signIn(name: string, role: Role) {
    const member = { id: randomUUID(), name, role, contact: '' };
    const { results } = await sync.applyAsSystem([{ name: 'member.put', args: member }], admin);
    if (results[0]?.outcome !== 'applied') throw new Error(`member.put refused: ${results[0]?.reason}`);
    const { token } = await createInvite(store, member.id);
    const clientID = randomUUID();
    const res = await fetch(`${url}/api/auth/redeem`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: token, clientID, deviceName: `${name} (bench)` }),
    });
    if (!res.ok) throw new Error(`redeem failed: ${res.status} ${await res.text()}`);
    return { session: SessionInfo.parse(await res.json()), clientID };
  }

  return {
    url,
    store,
    signIn,
    async close() {
      await app.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
