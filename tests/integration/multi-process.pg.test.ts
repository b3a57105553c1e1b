// Two server processes on one PostgreSQL: clients on each push at once; pokes cross by NOTIFY; every client converges.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../src/client/storage/table-store.ts';
import { createSyncStatusStore } from '../../src/client/state/sync.ts';
import type { SyncClient } from '../../src/client/sync/client.ts';
import { createSyncClient } from '../../src/client/sync/client.ts';
import { createHttpTransport } from '../../src/client/sync/http.ts';
import type { Role } from '../../src/shared/domain/member.ts';
import { SessionInfo } from '../../src/shared/protocol/messages.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import { createInvite } from '../../src/server/auth/invites.ts';
import { openPostgresStore } from '../../src/server/db/index.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import { createPoker } from '../../src/server/sync/poke.ts';
import { createSyncService } from '../../src/server/sync/service.ts';
import type { SyncService } from '../../src/server/sync/service.ts';
import { createTestDatabase } from '../fakes/postgres.ts';
import type { ServerProcess } from '../fakes/server-process.ts';
import { spawnServer } from '../fakes/server-process.ts';
import type { TestDatabase } from '../fakes/postgres.ts';
import { ids, planMutations } from '../unit/client/sync-fixtures.ts';
import { byId } from '../../src/shared/sync/order.ts';

const PER_CLIENT = 15;

let db: TestDatabase;
let store: ServerStore;
let sync: SyncService;
const servers: ServerProcess[] = [];
const clients: SyncClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase('pdj_multi');
  store = await openPostgresStore(db.url);
  sync = createSyncService(store, createPoker());
  const seeded = await sync.applyAsSystem(planMutations(), { memberId: ids.admin, role: 'admin' });
  expect(seeded.results.every((r) => r.outcome === 'applied')).toBe(true);
  servers.push(await startServer(db.url), await startServer(db.url));
}, 90_000);

// Two graceful shutdowns (up to 10 s each before SIGKILL) on a loaded CI machine: more than the default 10 s.
afterAll(async () => {
  clients.forEach((c) => c.stop());
  await Promise.all(servers.map((s) => s.stop()));
  await store?.close();
  await db?.drop();
}, 60_000);

function startServer(databaseUrl: string): Promise<ServerProcess> {
  return spawnServer({ DATABASE_URL: databaseUrl, DEMO: '0', DIST_DIR: 'no-such-dist', LOG_LEVEL: 'warn' });
}

interface Device {
  store: TableLocalStore;
  client: SyncClient;
  actor: Actor;
}

/** A device signed in on `serverUrl`; it syncs only on local changes and pokes (no periodic pull). */
async function device(serverUrl: string, name: string, role: Role): Promise<Device> {
  const local = createMemoryStore();
  const member = { id: randomUUID(), name, role, contact: '' };
  await sync.applyAsSystem([{ name: 'member.put', args: member }], { memberId: ids.admin, role: 'admin' });
  const { token } = await createInvite(store, member.id);
  const res = await fetch(`${serverUrl}/api/auth/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite: token, clientID: (await local.getMeta()).clientID, deviceName: name }),
  });
  expect(res.status).toBe(200);
  const session = SessionInfo.parse(await res.json());
  await local.setSession({ ...session, member: { ...session.member, memberId: session.member.id } });
  const actor = { memberId: member.id, role };
  const client = createSyncClient({
    store: local,
    transport: createHttpTransport({ baseUrl: serverUrl, token: () => session.deviceToken }),
    actor,
    locks: null,
    status: createSyncStatusStore(),
    environment: { window: null, document: null, pullIntervalMs: 3_600_000 },
    log: () => undefined,
  });
  clients.push(client);
  return { store: local, client, actor };
}

/** Waits (vi.waitFor) until `check` holds; the error names what never came. */
async function eventually(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error(`timed out waiting for ${what}`);
    },
    { timeout: ms, interval: 25 },
  );
}

describe('two server processes on one PostgreSQL database', () => {
  it('hand out versions in commit order, fan pokes out, and every client converges', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const devices = [
      await device(a.url, 'Paul A', 'planner'),
      await device(a.url, 'Edith A', 'editor'),
      await device(b.url, 'Pia B', 'planner'),
      await device(b.url, 'Eddy B', 'editor'),
    ];
    devices.forEach((d) => d.client.start());
    await eventually(
      async () => (await Promise.all(devices.map((d) => d.store.list('venue')))).every((v) => v.length === 2),
      'every device to receive the plan',
    );

    // All four at once: planners add venues (new rows), editors move and annotate the same image.
    const venueIds: string[] = [];
    await Promise.all(
      devices.map(async (d, n) => {
        for (let i = 0; i < PER_CLIENT; i++) {
          if (d.actor.role === 'planner') {
            const id = randomUUID();
            venueIds.push(id);
            await d.store.mutate(
              'venue.put',
              {
                id,
                name: `Venue ${n}-${i}`,
                city: 'Paris',
                position: { lat: 48.85, lng: 2.35 },
                timeZone: 'Europe/Paris',
              },
              d.actor,
            );
          } else {
            await d.store.mutate('signature.note', { id: ids.image, note: `note ${n}-${i}` }, d.actor);
          }
          // Every fifth tap yields to the event loop, so pushes from the devices interleave.
          if (i % 5 === 4) await new Promise((r) => setImmediate(r));
        }
        if (d.actor.role === 'editor')
          await d.store.mutate('signature.advance', { id: ids.image, to: 'selected' }, d.actor);
      }),
    );

    // Every outbox empties, and every device ends with exactly the server's rows.
    await eventually(
      async () => (await Promise.all(devices.map((d) => d.store.pending(500)))).every((p) => p.length === 0),
      'every outbox to reach the server',
    );
    const truth = {
      venue: sortById(await store.listEntities('venue')),
      signature: sortById(await store.listEntities('signature')),
    };
    expect(truth.venue.map((v) => v.id)).toEqual(expect.arrayContaining(venueIds));
    await eventually(async () => {
      for (const d of devices) {
        if (!same(sortById(await d.store.list('venue')), truth.venue)) return false;
        if (!same(sortById(await d.store.list('signature')), truth.signature)) return false;
      }
      return true;
    }, 'every device to converge on the server state (pokes from the other process included)');
    expect(truth.signature.find((s) => s.id === ids.image)?.status).toBe('selected');

    // Versions: one per applied mutation, 1..N without gap or repeat, across both processes.
    const applied = (await store.mutationLog()).filter((e) => e.status === 'applied');
    const versions = applied.map((e) => e.version!).sort((x, y) => x - y);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(await store.version()).toBe(versions.length);
    const served = new Set(applied.map((e) => e.deviceId).filter(Boolean));
    expect(served.size).toBe(4);
  }, 120_000);
});

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort(byId);
}
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
