// startTestServer: the real server (SQLite in memory, real HTTP on 127.0.0.1:0) for integration, property and e2e tests.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/shared/domain/member.ts';
import { SessionInfo } from '../../src/shared/protocol/messages.ts';
import { createInvite } from '../../src/server/auth/invites.ts';
import type { DemoData } from '../../src/server/bootstrap.ts';
import { seedIfEmpty } from '../../src/server/bootstrap.ts';
import { openSqliteStore } from '../../src/server/db/index.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import { buildApp } from '../../src/server/http/app.ts';
import { createPoker } from '../../src/server/sync/poke.ts';
import type { Poker } from '../../src/server/sync/poke.ts';
import { createSyncService } from '../../src/server/sync/service.ts';
import type { SyncService } from '../../src/server/sync/service.ts';
import { createPushService } from '../../src/server/push/service.ts';
import type { PushOptions, PushService } from '../../src/server/push/service.ts';

export interface TestServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  app: FastifyInstance;
  store: ServerStore;
  sync: SyncService;
  poker: Poker;
  /** Present when started with the `push` option. */
  push?: PushService;
  /** The admin member every server starts with. */
  adminId: string;
  /** Creates a member (through member.put) and returns a one-time invite token for them. */
  invite(name: string, role: Role): Promise<string>;
  /** Creates a member and redeems an invite over HTTP, as a device would. */
  signIn(name: string, role: Role, clientID?: string): Promise<SessionInfo>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Load the Paris 2024 demo (src/server/demo/paris2024.ts). */
  demo?: boolean;
  /** The built PWA to serve; default dist/ (API only when it is not built). */
  distDir?: string;
  /** The data version the server's pull answers name (a newer server's, for data-version tests). */
  dataVersion?: number;
  /** Web Push, sending to these hosts (a stand-in push service) through this TLS agent. */
  push?: Omit<PushOptions, 'store'>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const store = await openSqliteStore(':memory:');
  const poker = createPoker();
  const sync = createSyncService(store, poker, undefined, {
    ...(options.dataVersion ? { dataVersion: options.dataVersion } : {}),
  });
  let demo: (() => DemoData) | undefined;
  if (options.demo) demo = (await import('../../src/server/demo/paris2024.ts')).paris2024Demo;
  const seed = await seedIfEmpty(store, demo);
  if (seed.rejected.length) throw new Error(`demo mutations rejected: ${seed.rejected.join('; ')}`);
  const adminId = seed.admin!.id;

  const push = options.push ? await createPushService({ store, ...options.push }) : undefined;
  if (push) sync.onApplied((m) => push.applied(m));
  const app = buildApp(
    { distDir: options.distDir ?? resolve('dist'), heartbeatMs: 1000 },
    { store, sync, poker, ...(push ? { push } : {}) },
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const url = address.replace(/\/$/, '');

  async function invite(name: string, role: Role): Promise<string> {
    const member = { id: randomUUID(), name, role, contact: '' };
    const { results } = await sync.applyAsSystem([{ name: 'member.put', args: member }], {
      memberId: adminId,
      role: 'admin',
    });
    if (results[0]?.outcome !== 'applied') throw new Error(`member.put refused: ${results[0]?.reason}`);
    return (await createInvite(store, member.id)).token;
  }

  async function signIn(name: string, role: Role, clientID: string = randomUUID()): Promise<SessionInfo> {
    const token = await invite(name, role);
    const res = await fetch(`${url}/api/auth/redeem`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invite: token, clientID, deviceName: `${name}'s test device` }),
    });
    if (!res.ok) throw new Error(`redeem failed: ${res.status} ${await res.text()}`);
    return SessionInfo.parse(await res.json());
  }

  return {
    url,
    app,
    store,
    sync,
    poker,
    ...(push ? { push } : {}),
    adminId,
    invite,
    signIn,
    async close() {
      push?.close();
      await app.close();
      await store.close();
    },
  };
}
