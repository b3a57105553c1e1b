// Two sync clients over real HTTP against the real server converge; pokes carry changes; rejections come back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../src/client/storage/table-store.ts';
import { createSyncStatusStore } from '../../src/client/state/sync.ts';
import type { SyncClient } from '../../src/client/sync/client.ts';
import { createSyncClient } from '../../src/client/sync/client.ts';
import { createHttpTransport } from '../../src/client/sync/http.ts';
import type { Role } from '../../src/shared/domain/member.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import type { TestServer } from '../fakes/server.ts';
import { startTestServer } from '../fakes/server.ts';
import { ids, more, planMutations } from '../unit/client/sync-fixtures.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function planServer(): Promise<TestServer> {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const seeded = await server.sync.applyAsSystem(planMutations(), {
    memberId: server.adminId,
    role: 'admin',
  });
  expect(seeded.results.every((r) => r.outcome === 'applied')).toBe(true);
  return server;
}

interface Device {
  store: TableLocalStore;
  client: SyncClient;
  actor: Actor;
  /** Pull requests this device sent. */
  pulls: { count: number };
}

async function device(
  server: TestServer,
  name: string,
  role: Role,
  options: { pokePatches?: boolean } = {},
): Promise<Device> {
  const store = createMemoryStore();
  const session = await server.signIn(name, role, (await store.getMeta()).clientID);
  await store.setSession({ ...session, member: { ...session.member, memberId: session.member.id } });
  const actor = { memberId: session.member.id, role };
  const pulls = { count: 0 };
  const transport = createHttpTransport({
    baseUrl: server.url,
    token: () => session.deviceToken,
    ...options,
    fetch: (input, init) => {
      if (String(input).endsWith('/api/sync/pull')) pulls.count++;
      return globalThis.fetch(input, init);
    },
  });
  // No window, no focus, a long interval: only launch, local changes and pokes make these clients sync.
  const client = createSyncClient({
    store,
    transport,
    actor,
    locks: null,
    status: createSyncStatusStore(),
    environment: { window: null, document: null, pullIntervalMs: 3_600_000 },
    log: () => undefined,
  });
  cleanups.push(() => client.stop());
  return { store, client, actor, pulls };
}

/** Waits (vi.waitFor, 5 s) until `check` holds; the error names what never came. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error(`timed out waiting for ${what}`);
    },
    { timeout: 5000, interval: 10 },
  );
}

describe('two clients and one server', () => {
  it('[R5] [R12] converge, and changes made offline reach the other device after a poke', async () => {
    const server = await planServer();
    const desk = await device(server, 'Edith', 'editor');
    const lea = await device(server, 'Léa', 'creator');
    await server.sync.applyAsSystem(
      [
        {
          name: 'assignment.create',
          args: { id: more.assignment2, memberId: lea.actor.memberId, momentId: ids.m100, note: '' },
        },
      ],
      { memberId: server.adminId, role: 'admin' },
    );
    desk.client.start();
    lea.client.start();
    await eventually(
      async () => (await lea.store.list('assignment')).length === 2,
      'Léa to receive the plan',
    );

    // Léa loses the network at the venue and keeps working.
    lea.client.stop();
    await lea.store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, lea.actor);
    await lea.store.mutate('signature.advance', { id: ids.image, to: 'captured' }, lea.actor);
    await lea.store.mutate('signature.note', { id: ids.image, note: 'from the stand, row 2' }, lea.actor);
    expect(await lea.store.pending(10)).toHaveLength(3);
    expect(await server.store.getEntity('signature', ids.image)).toMatchObject({ status: 'planned' });

    // Back online: her outbox goes up, the server pokes, the desk pulls.
    lea.client.start();
    await eventually(
      async () => (await desk.store.get('signature', ids.image))?.status === 'captured',
      'the desk to see the capture',
    );
    expect(await desk.store.get('signature', ids.image)).toMatchObject({
      note: 'from the stand, row 2',
      capturedBy: lea.actor.memberId,
    });
    await eventually(async () => (await lea.store.pending(10)).length === 0, 'Léa’s outbox to empty');

    // The desk selects it; Léa's device hears about it the same way.
    await desk.store.mutate('signature.advance', { id: ids.image, to: 'selected' }, desk.actor);
    await eventually(
      async () => (await lea.store.get('signature', ids.image))?.status === 'selected',
      'Léa to see it selected',
    );
    // The desk's own pull brings the server's receipt time of its tap (Léa's rows may land first).
    await eventually(
      async () => (await desk.store.getMeta()).cookie === (await server.store.version()),
      'the desk to pull its own tap back',
    );
    for (const kind of ['signature', 'assignment', 'moment', 'member'] as const) {
      expect(await lea.store.list(kind)).toEqual(await desk.store.list(kind));
    }
  });

  it('[R15] [R5] a change reaches the other device inside its poke, with no pull; an app that does not ask for rows pulls it, and a device behind pulls', async () => {
    const server = await planServer();
    const desk = await device(server, 'Edith', 'editor');
    const lea = await device(server, 'Léa', 'creator');
    const older = await device(server, 'Théo', 'creator', { pokePatches: false });
    for (const d of [desk, lea, older]) d.client.start();
    const cookieOf = async (d: Device) => (await d.store.getMeta()).cookie;
    const atServer = async () => {
      const version = await server.store.version();
      for (const d of [desk, lea, older]) if ((await cookieOf(d)) !== version) return false;
      return true;
    };
    await eventually(atServer, 'every device to catch up');
    // Léa has a change of her own waiting (offline a moment): the desk's rows land under it (R5).
    lea.client.stop();
    await lea.store.mutate('signature.note', { id: more.image2, note: 'gate C' }, lea.actor);
    lea.client.start();
    await eventually(async () => (await lea.store.pending(10)).length === 0, 'Léa’s note to be sent');
    await eventually(atServer, 'every device to see Léa’s note');
    const before = { lea: lea.pulls.count, older: older.pulls.count };

    await desk.store.mutate(
      'signature.note',
      { id: ids.image, note: 'the desk wants the finish line' },
      desk.actor,
    );
    for (const d of [lea, older]) {
      await eventually(
        async () => (await d.store.get('signature', ids.image))?.note === 'the desk wants the finish line',
        'the desk’s note',
      );
    }
    expect(lea.pulls.count - before.lea, 'Léa’s pulls for the desk’s note').toBe(0);
    expect(older.pulls.count - before.older, 'the older app pulls it').toBeGreaterThan(0);
    await eventually(atServer, 'every device at the server’s version');
    for (const kind of ['signature', 'assignment', 'moment', 'member'] as const) {
      expect(await lea.store.list(kind)).toEqual(await older.store.list(kind));
    }

    // Léa misses a poke (offline), then the next one's rows start past her cookie: she pulls.
    lea.client.stop();
    await desk.store.mutate('signature.note', { id: ids.image, note: 'first' }, desk.actor);
    await eventually(async () => (await older.store.get('signature', ids.image))?.note === 'first', 'first');
    lea.client.start();
    await desk.store.mutate('signature.note', { id: more.surfImage, note: 'second' }, desk.actor);
    await eventually(
      async () =>
        (await lea.store.get('signature', ids.image))?.note === 'first' &&
        (await lea.store.get('signature', more.surfImage))?.note === 'second',
      'Léa to have both notes',
    );
    await eventually(atServer, 'every device at the server’s version');
  });

  it('[R4] brings a rejected change back with its reason, and it stays visible', async () => {
    const server = await planServer();
    const lea = await device(server, 'Léa', 'creator');
    lea.client.start();
    await eventually(async () => (await lea.store.list('signature')).length === 3, 'the plan');
    const result = await lea.store.mutate(
      'signature.advance',
      { id: more.surfImage, to: 'captured' },
      lea.actor,
    );
    expect(result.refusal).toEqual({ code: 'not_assigned', params: {} });
    await eventually(async () => (await lea.store.rejections()).length === 1, 'the rejection');
    const [rejection] = await lea.store.rejections();
    expect(rejection).toMatchObject({ id: 1, name: 'signature.advance', code: 'not_assigned', params: {} });
    expect(await lea.store.pending(10)).toEqual([]);
    const [logged] = await server.store.mutationLog((await lea.store.getMeta()).clientID);
    expect(logged).toMatchObject({ status: 'rejected', code: 'not_assigned', params: {} });
    // Later syncs do not lose it.
    await lea.client.sync();
    expect(await lea.store.rejections()).toHaveLength(1);
  });
});
