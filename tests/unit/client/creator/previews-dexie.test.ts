// The snapshot queue in IndexedDB (schema 3): states kept across a reopen, bytes removed once uploaded, schema-2 rows still read.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from '../../../../src/client/storage/dexie.ts';
import { previewStoreFor } from '../../../../src/client/storage/previews-hooks.ts';

const SNAP = {
  previewId: '00000000-0000-4000-8000-0000000000d1',
  signatureId: '00000000-0000-4000-8000-0000000000d2',
  bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]).buffer,
  type: 'image/jpeg',
  createdAt: '2024-08-05T19:00:00Z',
};

describe('snapshots in IndexedDB', () => {
  it('keeps a snapshot and its state across a reopen, and removes its bytes once uploaded', async () => {
    const name = 'plan-de-jeu-previews-test';
    const first = createDexieStore({ name });
    expect(first.db.verno).toBe(5); // schema 5: the outbox's index by target (issue #14)
    const previews = previewStoreFor(first);
    let changes = 0;
    previews.subscribe(() => (changes += 1));
    await previews.add(SNAP);
    expect(changes).toBe(1);
    await first.close();

    const again = createDexieStore({ name });
    const reopened = previewStoreFor(again);
    expect(await reopened.get(SNAP.previewId)).toMatchObject({ state: 'waiting', size: 6, attempts: 0 });
    const blob = await reopened.bytes(SNAP.previewId);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array(SNAP.bytes));
    await reopened.markUploaded(SNAP.previewId, '2024-08-05T19:05:00Z');
    expect(await reopened.bytes(SNAP.previewId)).toBeUndefined();
    expect(await reopened.get(SNAP.previewId)).toMatchObject({
      state: 'uploaded',
      uploadedAt: '2024-08-05T19:05:00Z',
    });
    expect(await again.db.snapshotBytes.count()).toBe(0);
    // The sync tables are still there and working.
    expect((await again.getMeta()).clientID).toMatch(/-/);
    await again.close();
  });

  it('reads a snapshot stored by schema 2 (bytes inline), uploads it from there and removes it', async () => {
    const store = createDexieStore({ name: 'plan-de-jeu-previews-legacy' });
    await store.db.previews.put({ ...SNAP });
    const previews = previewStoreFor(store);
    expect(await previews.due(new Date())).toMatchObject([{ previewId: SNAP.previewId, state: 'waiting' }]);
    expect((await previews.bytes(SNAP.previewId))?.size).toBe(6);
    await previews.markUploaded(SNAP.previewId, '2024-08-05T19:05:00Z');
    expect(await store.db.previews.count()).toBe(0);
    expect(await previews.get(SNAP.previewId)).toMatchObject({ state: 'uploaded' });
    await store.close();
  });
});
