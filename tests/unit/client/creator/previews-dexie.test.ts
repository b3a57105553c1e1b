// The phone's preview store on IndexedDB (schema version 2): kept across a reopen, next to the untouched plan tables.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from '../../../../src/client/storage/dexie.ts';
import { previewStoreFor } from '../../../../src/client/storage/previews-hooks.ts';

const PREVIEW = {
  previewId: '00000000-0000-4000-8000-0000000000d1',
  signatureId: '00000000-0000-4000-8000-0000000000d2',
  bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]).buffer,
  type: 'image/jpeg',
  createdAt: '2024-08-05T19:00:00Z',
};

describe('previews in IndexedDB', () => {
  it('keeps a snapshot and its upload state across a reopen of the database', async () => {
    const name = 'plan-de-jeu-previews-test';
    const first = createDexieStore({ name });
    expect(first.db.verno).toBe(2);
    const previews = previewStoreFor(first);
    let changes = 0;
    previews.subscribe(() => (changes += 1));
    await previews.put(PREVIEW);
    expect((await previews.pendingUploads()).map((p) => p.previewId)).toEqual([PREVIEW.previewId]);
    await previews.markUploaded(PREVIEW.previewId, '2024-08-05T19:05:00Z');
    expect(changes).toBe(2);
    await first.close();

    const again = createDexieStore({ name });
    const reopened = previewStoreFor(again);
    const stored = await reopened.get(PREVIEW.previewId);
    expect(new Uint8Array(stored!.bytes)).toEqual(new Uint8Array(PREVIEW.bytes));
    expect(stored?.uploadedAt).toBe('2024-08-05T19:05:00Z');
    expect(await reopened.pendingUploads()).toEqual([]);
    // The sync tables of version 1 are still there and working.
    expect((await again.getMeta()).clientID).toMatch(/-/);
    await again.close();
  });
});
