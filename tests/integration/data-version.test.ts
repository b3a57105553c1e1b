// An older app against a newer server's data: rows it cannot read are kept aside, the rest syncs, and an update reads them.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../src/client/storage/table-store.ts';
import { createSyncStatusStore } from '../../src/client/state/sync.ts';
import type { SyncStatusStore } from '../../src/client/state/sync.ts';
import { createSyncClient } from '../../src/client/sync/client.ts';
import type { SyncClient, SyncClientOptions } from '../../src/client/sync/client.ts';
import type { RowReader } from '../../src/client/sync/data-version.ts';
import { readRow } from '../../src/client/sync/data-version.ts';
import { createHttpTransport } from '../../src/client/sync/http.ts';
import { SHOT_STATUSES, SignatureImage } from '../../src/shared/domain/signature.ts';
import type { MutationName } from '../../src/shared/mutations/registry.ts';
import type { TestServer } from '../fakes/server.ts';
import { startTestServer } from '../fakes/server.ts';
import { ids, more, planMutations } from '../unit/client/sync-fixtures.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * The app of data version 1 as this test pins it: it knows no `missed` status and no `partner`
 * field on signature images (both came with data version 2, the server's).
 */
const OldSignature = SignatureImage.omit({ partner: true }).extend({
  status: z.enum(SHOT_STATUSES.filter((s) => s !== 'missed') as [string, ...string[]]),
});
const readVersion1: RowReader = (kind, value) => {
  if (kind !== 'signature') return readRow(kind, value);
  const parsed = OldSignature.safeParse(value);
  return parsed.success ? { value: parsed.data } : null;
};

interface Phone {
  store: TableLocalStore;
  status: SyncStatusStore;
  actor: { memberId: string; role: 'editor' };
  /** Starts this phone's app: a build of the given data version and row reader. */
  launch(app: Pick<SyncClientOptions, 'dataVersion' | 'readRow'>): SyncClient;
}

async function phone(server: TestServer): Promise<Phone> {
  const store = createMemoryStore();
  const session = await server.signIn('Edith', 'editor', (await store.getMeta()).clientID);
  await store.setSession({ ...session, member: { ...session.member, memberId: session.member.id } });
  const actor = { memberId: session.member.id, role: 'editor' as const };
  const status = createSyncStatusStore();
  const transport = createHttpTransport({ baseUrl: server.url, token: () => session.deviceToken });
  return {
    store,
    status,
    actor,
    launch(app) {
      const client = createSyncClient({
        ...app,
        store,
        transport,
        actor,
        locks: null,
        status,
        environment: { window: null, document: null, pullIntervalMs: 3_600_000 },
        log: () => undefined,
      });
      cleanups.push(() => client.stop());
      return client;
    },
  };
}

async function asDesk(server: TestServer, name: MutationName, args: unknown): Promise<void> {
  const { results } = await server.sync.applyAsSystem([{ name, args } as never], {
    memberId: server.adminId,
    role: 'admin',
  });
  expect(results[0]?.outcome).toBe('applied');
}

describe('data versions: a phone with an older app', () => {
  it('keeps newer rows aside, syncs everything else and its outbox, and reads them once updated', async () => {
    const server = await startTestServer({ dataVersion: 2 });
    cleanups.push(() => server.close());
    const seeded = await server.sync.applyAsSystem(planMutations(), {
      memberId: server.adminId,
      role: 'admin',
    });
    expect(seeded.results.every((r) => r.outcome === 'applied')).toBe(true);
    const edith = await phone(server);

    const old = edith.launch({ dataVersion: 1, readRow: readVersion1 });
    old.start();
    expect(await old.sync()).toBe(true);
    expect(await edith.store.get('signature', ids.image)).toMatchObject({ status: 'planned' });
    // A newer server is news even before any row is unreadable.
    expect(edith.status.getState()).toMatchObject({ rowsAside: 0, updateWaiting: true });

    // The desk, on newer apps: a new status value on one image, a new field on another.
    await asDesk(server, 'signature.miss', { id: ids.image, reason: 'the start was moved' });
    await asDesk(server, 'signature.update', { id: more.image2, partner: "Musée d'Orsay" });

    // Offline at the venue, Edith notes the surf image, then the phone syncs.
    old.stop();
    await edith.store.mutate(
      'signature.note',
      { id: more.surfImage, note: 'from the boat, port side' },
      edith.actor,
    );
    expect(await edith.store.pending(10)).toHaveLength(1);
    old.start();
    expect(await old.sync()).toBe(true);

    // Her outbox went up and was acknowledged; the pull did not fail.
    expect(await edith.store.pending(10)).toEqual([]);
    expect(await server.store.getEntity('signature', more.surfImage)).toMatchObject({
      note: 'from the boat, port side',
    });
    // The missed image stays at the last value this app could read; the other lands without the new field.
    expect(await edith.store.get('signature', ids.image)).toMatchObject({ status: 'planned' });
    const image2 = await edith.store.get('signature', more.image2);
    expect(image2).toBeDefined();
    expect(image2).not.toHaveProperty('partner');
    expect(edith.status.getState()).toMatchObject({ rowsAside: 1, updateWaiting: true, lastError: null });
    expect((await edith.store.getMeta()).setAside).toEqual({
      keys: [`signature/${ids.image}`],
      appDataVersion: 1,
      serverDataVersion: 2,
    });

    // Everything else keeps syncing.
    await asDesk(server, 'signature.note', { id: more.image2, note: 'shoot from the west stand' });
    expect(await old.sync()).toBe(true);
    expect(await edith.store.get('signature', more.image2)).toMatchObject({
      note: 'shoot from the west stand',
    });
    expect(edith.status.getState().rowsAside).toBe(1);

    // The app updates (data version 2): it pulls everything again and reads what was aside.
    old.stop();
    const updated = edith.launch({ dataVersion: 2 });
    updated.start();
    expect(await updated.sync()).toBe(true);
    expect(await edith.store.get('signature', ids.image)).toMatchObject({
      status: 'missed',
      missedReason: 'the start was moved',
    });
    expect(await edith.store.get('signature', more.image2)).toMatchObject({
      partner: "Musée d'Orsay",
      note: 'shoot from the west stand',
    });
    expect(await edith.store.get('signature', more.surfImage)).toMatchObject({
      note: 'from the boat, port side',
    });
    expect(edith.status.getState()).toMatchObject({ rowsAside: 0, updateWaiting: false });
    expect((await edith.store.getMeta()).setAside).toBeUndefined();
  });

  it('keeps aside a row of a kind the app has never heard of', async () => {
    const { keepAside } = await import('../../src/client/sync/data-version.ts');
    const pulled = keepAside({
      dataVersion: 3,
      cookie: 4,
      lastMutationID: 2,
      rejected: [],
      patch: [
        { op: 'put', kind: 'poster', id: 'p1', value: { id: 'p1' } },
        { op: 'del', kind: 'poster', id: 'p2' },
      ],
    });
    expect(pulled.aside).toEqual(['poster/p1', 'poster/p2']);
    expect(pulled.readable.patch).toEqual([]);
    expect(pulled.readable.lastMutationID).toBe(2);
  });
});
