// @vitest-environment jsdom
// The React hooks of the local store update live after mutate() and applyPull(), on both adapters.
import 'fake-indexeddb/auto';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDexieStore } from '../../../src/client/storage/dexie.ts';
import {
  StoreProvider,
  useEntities,
  useEntity,
  usePendingMutations,
  useRejections,
  useSyncMeta,
} from '../../../src/client/storage/hooks.ts';
import { createMemoryStore } from '../../../src/client/storage/memory.ts';
import { requestPersistentStorage } from '../../../src/client/storage/persist.ts';
import type { LiveLocalStore } from '../../../src/client/storage/table-store.ts';
import { actors, ids } from '../shared/fixtures.ts';

const ana = {
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'Ana',
  role: 'creator' as const,
  contact: '',
};

function Team() {
  const members = useEntities('member');
  const lea = useEntity('member', ids.lea);
  const pending = usePendingMutations();
  const rejections = useRejections();
  const meta = useSyncMeta();
  if (!members || !pending || !rejections || !meta) return <p>loading</p>;
  return (
    <div>
      <ul aria-label="team">
        {members.map((m) => (
          <li key={m.id}>{m.name}</li>
        ))}
      </ul>
      <p>{pending.length} changes waiting on this phone</p>
      <p>{rejections.map((r) => r.reason).join(', ') || 'no rejections'}</p>
      <p>{lea ? `Léa is ${lea.role}` : 'no Léa'}</p>
      <p>cookie {String(meta.cookie)}</p>
    </div>
  );
}

let n = 0;
describe.each([
  ['memory', () => createMemoryStore()],
  ['dexie', () => createDexieStore({ name: `hooks-${++n}` })],
])('storage hooks on %s', (_name, create: () => LiveLocalStore) => {
  it('show the view, the outbox and rejections, live', async () => {
    const store = create();
    render(
      <StoreProvider store={store}>
        <Team />
      </StoreProvider>,
    );
    await screen.findByText('0 changes waiting on this phone');
    expect(screen.getByText('no Léa')).toBeInTheDocument();

    await act(() => store.mutate('member.put', ana, actors.admin));
    await screen.findByText('1 changes waiting on this phone');
    // Separate hooks may answer at different renders (useLive's contract): wait for the list too.
    await waitFor(() => expect(screen.getByRole('list', { name: 'team' })).toHaveTextContent('Ana'));

    const lea = { id: ids.lea, name: 'Léa', role: 'creator', contact: '' };
    const rejection = {
      id: 1,
      name: 'member.put',
      args: ana,
      at: '2024-08-04T19:40:00.000Z',
      reason: 'no more room',
    };
    await act(() =>
      store.applyPull(
        {
          cookie: 4,
          lastMutationID: 1,
          patch: [{ op: 'put', kind: 'member', id: ids.lea, value: lea }],
          rejected: [rejection],
        },
        actors.admin,
      ),
    );
    await screen.findByText('0 changes waiting on this phone');
    await waitFor(() => expect(screen.getByText('Léa is creator')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByText('no more room')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByText('cookie 4')).toBeInTheDocument());
    // A pull lands in steps (acknowledgements, chunks, rebuild): each hook shows its own read, so wait for the last.
    await waitFor(() => expect(screen.getByRole('list', { name: 'team' })).not.toHaveTextContent('Ana'));
    await store.close();
  });
});

describe('requestPersistentStorage', () => {
  it('asks once, and says false where the browser cannot', async () => {
    let asked = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => (++asked, true),
    } as unknown as StorageManager;
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(1);
    const already = {
      persisted: async () => true,
      persist: async () => (++asked, true),
    } as unknown as StorageManager;
    expect(await requestPersistentStorage(already)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
