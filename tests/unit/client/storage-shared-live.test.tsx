// @vitest-environment jsdom
// Hooks that make the same read share one live query: a tap re-reads the outbox and the meta once, whatever the number of components.
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoreProvider, usePendingMutations, useSyncMeta } from '../../../src/client/storage/hooks.ts';
import { createMemoryStore } from '../../../src/client/storage/memory.ts';
import { sharedLive } from '../../../src/client/storage/shared-live.ts';
import type { Subscribable } from '../../../src/client/storage/tables.ts';
import { actors, ids } from '../shared/fixtures.ts';

function Waiting({ label }: { label: string }) {
  const pending = usePendingMutations();
  const meta = useSyncMeta();
  if (!pending || !meta) return <p>{label} loading</p>;
  return (
    <p>
      {label}: {pending.length} waiting, next {meta.nextMutationID}
    </p>
  );
}

/** A store whose live queries are counted: how many are running, how many reads they made. */
function countedStore() {
  const store = createMemoryStore();
  const counts = { running: 0, reads: 0 };
  const observe = store.observe.bind(store);
  store.observe = <T,>(query: () => Promise<T>): Subscribable<T> => {
    const source = observe(() => (counts.reads++, query()));
    return {
      subscribe(next, error) {
        counts.running++;
        const s = source.subscribe(next, error);
        return { unsubscribe: () => (counts.running--, s.unsubscribe()) };
      },
    };
  };
  return { store, counts };
}

describe('shared live queries', () => {
  it('five components reading the outbox and the meta run two live queries, and all see a tap', async () => {
    const { store, counts } = countedStore();
    const view = render(
      <StoreProvider store={store}>
        {['a', 'b', 'c', 'd', 'e'].map((l) => (
          <Waiting key={l} label={l} />
        ))}
      </StoreProvider>,
    );
    await screen.findByText('e: 0 waiting, next 1');
    expect(counts.running).toBe(2);
    const before = counts.reads;
    await act(() => store.mutate('signature.note', { id: ids.image, note: 'gate C' }, actors.lea));
    await waitFor(() => expect(screen.getAllByText(/1 waiting, next 2/)).toHaveLength(5));
    // One re-read of each shared query per change (not one per component).
    expect(counts.reads - before).toBeLessThanOrEqual(2 * 2);
    view.unmount();
    expect(counts.running).toBe(0);
  });

  it('a late subscriber gets the last value at once; the last one to leave stops the query', () => {
    let emit: (v: number) => void = () => {};
    let started = 0;
    let stopped = 0;
    const source: Subscribable<number> = {
      subscribe(next) {
        started++;
        emit = next;
        return { unsubscribe: () => void stopped++ };
      },
    };
    const store = {};
    const seen: string[] = [];
    const first = sharedLive(store, 'k', () => source).subscribe((v) => seen.push(`first ${v}`));
    emit(1);
    const second = sharedLive(store, 'k', () => source).subscribe((v) => seen.push(`second ${v}`));
    emit(2);
    expect(seen).toEqual(['first 1', 'second 1', 'first 2', 'second 2']);
    first.unsubscribe();
    expect(stopped).toBe(0);
    second.unsubscribe();
    expect([started, stopped]).toEqual([1, 1]);
    // Another key, or the same key after everyone left, starts its own query.
    sharedLive(store, 'k', () => source)
      .subscribe(() => {})
      .unsubscribe();
    expect(started).toBe(2);
  });
});
