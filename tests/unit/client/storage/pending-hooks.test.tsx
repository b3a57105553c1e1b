// @vitest-environment jsdom
// The sync bar's count and the screens' "waiting" marks read the outbox's size and index (schema 5), never its entries.
import 'fake-indexeddb/auto';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from '../../../../src/client/storage/dexie.ts';
import { StoreProvider, usePendingCount, usePendingTargets } from '../../../../src/client/storage/hooks.ts';
import { firstPull } from '../../../contract/local-store.fixtures.ts';
import { actors, ids } from '../../shared/fixtures.ts';

function Badge() {
  const count = usePendingCount();
  const targets = usePendingTargets();
  if (count === undefined || targets === undefined) return <p>loading</p>;
  return (
    <p>
      {count} waiting on {targets.length === 0 ? 'nothing' : targets.join(' ')}
    </p>
  );
}

/** A Dexie store that counts the reads of outbox entries (DBCore queries and gets with values). */
function countedStore(name: string) {
  const store = createDexieStore({ name });
  const reads = { entries: 0 };
  store.db.use({
    stack: 'dbcore',
    name: 'outbox-entry-reads',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'outbox') return table;
        return {
          ...table,
          get: (req) => (reads.entries++, table.get(req)),
          getMany: (req) => (reads.entries++, table.getMany(req)),
          query: (req) => {
            if (req.values) reads.entries++;
            return table.query(req);
          },
          openCursor: (req) => {
            if (req.values) reads.entries++;
            return table.openCursor(req);
          },
        };
      },
    }),
  });
  return { store, reads };
}

/** Sync, two taps, their acknowledgement; with or without the badge on screen. Returns the entry reads. */
async function scenario(name: string, withBadge: boolean): Promise<number> {
  const { store, reads } = countedStore(name);
  await store.applyPull(await firstPull(10, 0), actors.lea);
  const view = withBadge
    ? render(
        <StoreProvider store={store}>
          <Badge />
        </StoreProvider>,
      )
    : null;
  if (view) await screen.findByText('0 waiting on nothing');
  await act(() => store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea));
  await act(() => store.mutate('signature.note', { id: ids.image, note: 'gate C' }, actors.lea));
  if (view) await screen.findByText(`2 waiting on ${ids.image}`);
  else expect([await store.pendingCount(), await store.pendingTargets()]).toEqual([2, [ids.image]]);
  await act(() => store.applyPull({ cookie: 11, lastMutationID: 2, patch: [], rejected: [] }, actors.lea));
  if (view) await screen.findByText('0 waiting on nothing');
  else expect(await store.pendingCount()).toBe(0);
  view?.unmount();
  await store.close();
  return reads.entries;
}

describe('outbox count and targets hooks', () => {
  it('show two taps and their acknowledgement without reading one outbox entry more than the store itself', async () => {
    // The writes (the rebase of a pull) read the outbox; the badge's live queries must add nothing.
    const alone = await scenario('pdj-pending-alone', false);
    const shown = await scenario('pdj-pending-shown', true);
    expect(shown).toBe(alone);
  });
});
