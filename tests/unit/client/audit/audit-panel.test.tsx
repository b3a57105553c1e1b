// @vitest-environment jsdom
// A record's History panel: loads the record's audit entries on opening, shows diffs and rejections,
// says so offline, and is not there for an editor.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntry } from '../../../../src/client/api/audit.ts';
import { AuditPanel } from '../../../../src/client/features/audit/AuditPanel.tsx';
import { createMemoryStore } from '../../../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import type { Role } from '../../../../src/shared/domain/member.ts';
import { renderIn } from '../ui/render.tsx';

const M = '00000000-0000-4000-8000-0000000000a1';
const DEVICE = '00000000-0000-4000-8000-0000000000d1';
const TOKEN = 'planner-token-0123456789';
const before = { id: M, title: 'Men’s 100 m final', rank: 2, why: { kind: 'iconic', text: 'Gold' } };
const after = { ...before, title: 'Men’s 100 m final — Lyles' };

const ENTRIES: AuditEntry[] = [
  {
    at: '2024-08-04T19:40:00.000Z',
    loggedAt: '2024-08-04T19:40:02.000Z',
    memberId: 'p',
    memberName: 'Claire',
    deviceId: DEVICE,
    name: 'moment.update',
    args: { id: M, title: after.title },
    outcome: 'applied',
    reason: null,
    changes: [{ kind: 'moment', id: M, before, after }],
  },
  {
    // Tapped offline at 18:00 (Paris 20:00), recorded at 19:00: both times show.
    at: '2024-08-04T18:00:00.000Z',
    loggedAt: '2024-08-04T19:00:00.000Z',
    memberId: 'e',
    memberName: null,
    deviceId: '11111111-2222-4000-8000-000000000000',
    name: 'moment.rank',
    args: { id: M, rank: 1 },
    outcome: 'rejected',
    reason: 'moment.rank: only planners and admins rank moments',
    changes: [],
  },
];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const signIn = (store: TableLocalStore, role: Role) =>
  store.setSession({
    deviceToken: TOKEN,
    deviceId: DEVICE,
    member: { memberId: '00000000-0000-4000-8000-0000000000b3', role, name: 'Claire' },
  });

/** Renders the panel for a planner or an admin, once its History button is there. */
async function show(role: 'planner' | 'admin', language: 'en' | 'fr' = 'en') {
  const store = createMemoryStore();
  await signIn(store, role);
  await act(
    async () =>
      void renderIn(
        language,
        <AuditPanel kind="moment" id={M} title="Men’s 100 m final" timeZone="Europe/Paris" />,
        store,
      ),
  );
  await screen.findByRole('button', { name: language === 'en' ? /^History/ : /^Historique/ });
  return store;
}

function stubAudit(entries: AuditEntry[]) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => Response.json({ entries }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('AuditPanel', () => {
  it('loads the record’s entries on opening and shows who, when, the change and its field diff', async () => {
    const fetchMock = stubAudit(ENTRIES);
    await show('planner');
    // jsdom's name computation drops the space before the hidden title; browsers keep it.
    const button = screen.getByRole('button', { name: /^History\s?Men’s 100 m final$/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(fetchMock).not.toHaveBeenCalled();

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = await screen.findByRole('list', { name: 'History of “Men’s 100 m final”' });
    const [url, init] = fetchMock.mock.calls[0]!;
    const query = new URL(url, 'http://x').searchParams;
    expect([query.get('kind'), query.get('id'), query.get('limit')]).toEqual(['moment', M, '100']);
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);

    const [edit, rank] = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    expect(edit).toHaveTextContent('Edit a moment');
    expect(edit).toHaveTextContent('by Claire · on this device');
    expect(edit).toHaveTextContent(/Aug 4, 9:40/); // the venue's clock (Paris, UTC+2)
    // Only the changed field, before → after: the rank and the why did not move.
    expect(within(edit!).getByText('Title: Men’s 100 m final → Men’s 100 m final — Lyles')).toBeVisible();
    expect(edit).not.toHaveTextContent('Priority');

    expect(rank).toHaveTextContent('Rank a moment');
    expect(rank).toHaveTextContent('Rejected: moment.rank: only planners and admins rank moments');
    expect(rank).toHaveTextContent('by a former member · on device 11111111');
    expect(rank).toHaveTextContent(/Aug 4, 9:00 PM \(tapped Aug 4, 8:00 PM\)/);
  });

  it('reloads on each opening, and shuts again', async () => {
    const fetchMock = stubAudit([]);
    await show('admin');
    const button = screen.getByRole('button', { name: /^History/ });
    await userEvent.click(button);
    expect(await screen.findByText('No recorded change yet.')).toBeVisible();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('No recorded change yet.')).toBeNull();
    await userEvent.click(button);
    await screen.findByText('No recorded change yet.');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says the history needs a connection when offline, without asking the network', async () => {
    const fetchMock = stubAudit(ENTRIES);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await show('planner');
    await userEvent.click(screen.getByRole('button', { name: /^History/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('The history is kept on the server');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('treats a request that never got an answer as offline, and names a refusal', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')));
    await show('planner');
    const button = screen.getByRole('button', { name: /^History/ });
    await userEvent.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent('it needs a connection');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { error: 'forbidden', message: 'the audit trail is for planners and admins' },
          { status: 403 },
        ),
      ),
    );
    await userEvent.click(button);
    await userEvent.click(button);
    expect(
      await screen.findByText('Could not load the history: the audit trail is for planners and admins'),
    ).toBeVisible();
  });

  it('is not shown to an editor or a creator', async () => {
    const fetchMock = stubAudit(ENTRIES);
    // The same panel, its session's role changing under it: the button goes and comes back with it.
    const store = await show('planner');
    for (const role of ['editor', 'creator'] as const) {
      await act(() => signIn(store, role));
      await vi.waitFor(() => expect(screen.queryByRole('button', { name: /History/ })).toBeNull());
      await act(() => signIn(store, 'planner'));
      await screen.findByRole('button', { name: /History/ });
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('speaks French: field names, arrows and the venue’s clock', async () => {
    stubAudit(ENTRIES);
    await show('planner', 'fr');
    await userEvent.click(screen.getByRole('button', { name: /^Historique\s?Men’s 100 m final$/ }));
    await screen.findByText('Titre : Men’s 100 m final → Men’s 100 m final — Lyles');
    expect(screen.getByText(/Refusé : moment\.rank/)).toBeVisible();
    expect(screen.getByText(/4 août, 21:40/)).toBeVisible();
  });
});
