// The service worker's look at the outbox (raw IndexedDB, no Dexie): true only while changes are unsent.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from '../../../src/client/storage/dexie.ts';
import { hasUnsentChanges } from '../../../src/client/storage/outbox-peek.ts';
import { actors } from '../shared/fixtures.ts';

const member = (id: string) => ({ id, name: 'Ana', role: 'creator' as const, contact: '' });

describe('hasUnsentChanges [R8]', () => {
  it('is false for a phone with no database yet, and does not create one', async () => {
    expect(await hasUnsentChanges(indexedDB, 'plan-de-jeu-peek-none')).toBe(false);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('plan-de-jeu-peek-none');
  });

  it('follows the outbox of the app’s database: a change waiting, then acknowledged', async () => {
    const name = 'plan-de-jeu-peek';
    const store = createDexieStore({ name });
    expect(await hasUnsentChanges(indexedDB, name)).toBe(false);
    await store.mutate('member.put', member('00000000-0000-4000-8000-0000000000e1'), actors.admin);
    expect(await hasUnsentChanges(indexedDB, name)).toBe(true);
    await store.applyPull({ cookie: 1, lastMutationID: 1, patch: [], rejected: [] }, actors.admin);
    expect(await hasUnsentChanges(indexedDB, name)).toBe(false);
    await store.close();
  });
});
