// Schema 5 (the outbox indexed by `args.id`) over a phone left at schema 4 with a synced plan and taps waiting:
// nothing is lost, the index answers at once, and the waiting taps reach the server exactly once.
import 'fake-indexeddb/auto';
import type { Dexie } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDexieStore } from '../../../../src/client/storage/dexie.ts';
import { loadWriter } from '../../../../src/client/storage/table-store.ts';
import { openAsReleased } from '../../../fakes/released-dexie.ts';
import { FakeNetwork } from '../../../fakes/transport.ts';
import { actors, connectClient, ids, more, startServer } from '../sync-fixtures.ts';

const TABLES = ['base', 'view', 'outbox', 'rejections', 'meta'] as const;

async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const t of TABLES) tables[t] = await db.table(t).toArray();
  return tables;
}

describe('Dexie schema 5: the outbox index by target', () => {
  // The write side is a lazy chunk: loading it inside a driven sync could outlast drive()'s patience.
  beforeAll(async () => void (await loadWriter()));

  it('upgrades a schema-4 phone with taps waiting: nothing lost, targets read by index, each tap applied once', async () => {
    const server = await startServer();
    const net = new FakeNetwork(() => server.service);

    // Léa's phone syncs the plan, then taps offline: three changes wait, on two images.
    const writer = await connectClient(net, actors.lea, {}, () =>
      createDexieStore({ name: 'pdj-v4-writer' }),
    );
    expect(await net.drive(writer.client.pull())).toBe(true);
    await writer.store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea);
    await writer.store.mutate('signature.note', { id: more.image2, note: 'from the stand' }, actors.lea);
    await writer.store.mutate('signature.advance', { id: ids.image, to: 'captured' }, actors.lea);
    const rows = await dump((writer.store as ReturnType<typeof createDexieStore>).db);
    await writer.store.close();
    expect(rows.outbox).toHaveLength(3);

    // The same rows in a database the schema-4 release created (rows are stored alike in 4 and 5).
    const old = openAsReleased('pdj-v4-phone', 4);
    for (const t of TABLES) await old.table(t).bulkPut(rows[t]!);
    expect(old.verno).toBe(4);
    old.close();

    // The new release opens it: version 5, every row as it was.
    const upgraded = createDexieStore({ name: 'pdj-v4-phone' });
    expect(await upgraded.pendingCount()).toBe(3);
    expect(upgraded.db.verno).toBe(5);
    expect(await dump(upgraded.db)).toEqual(rows);
    expect(await upgraded.pendingTargets()).toEqual([ids.image, more.image2].sort());
    expect(await upgraded.get('signature', ids.image)).toMatchObject({ status: 'captured' });
    expect(await upgraded.get('signature', more.image2)).toMatchObject({ note: 'from the stand' });

    // Back online: the outbox replays, each tap once, and stays empty at the next sync.
    const phone = await connectClient(net, actors.lea, {}, () => upgraded);
    expect(phone.clientID).toBe(writer.clientID);
    expect(await net.drive(phone.client.sync())).toBe(true);
    const log = await server.store.mutationLog(phone.clientID);
    expect(log.map((m) => [m.mutationID, m.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
      [3, 'applied'],
    ]);
    expect(await server.store.getEntity('signature', ids.image)).toMatchObject({ status: 'captured' });
    expect(await server.store.getEntity('signature', more.image2)).toMatchObject({ note: 'from the stand' });
    expect([await upgraded.pendingCount(), await upgraded.pendingTargets()]).toEqual([0, []]);
    expect(await net.drive(phone.client.sync())).toBe(true);
    expect(await server.store.mutationLog(phone.clientID)).toHaveLength(3);
    await upgraded.close();
  });

  it('leaves out of the index an entry that names no row by a string id', async () => {
    const old = openAsReleased('pdj-v4-import', 4);
    await old.table('meta').put({
      key: 'sync',
      clientID: 'c-1',
      cookie: 7,
      ackedMutationID: 0,
      nextMutationID: 3,
      lastSyncAt: null,
      session: null,
    });
    const at = '2024-08-04T10:00:00.000Z';
    await old.table('outbox').bulkPut([
      { id: 1, clientID: 'c-1', name: 'schedule.import', args: { sessions: [] }, at, keys: [] },
      {
        id: 2,
        clientID: 'c-1',
        name: 'signature.advance',
        args: { id: ids.image, to: 'captured' },
        at,
        keys: [],
      },
    ]);
    old.close();
    const store = createDexieStore({ name: 'pdj-v4-import' });
    expect(await store.pendingTargets()).toEqual([ids.image]);
    expect(await store.pendingCount()).toBe(2);
    expect((await store.pending(10)).map((m) => m.name)).toEqual(['schedule.import', 'signature.advance']);
    await store.close();
  });
});
