// @vitest-environment jsdom
// The header's sync texts, the rejected-changes list, and the signed-out banner, from a real memory store.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SyncBar } from '../../../../src/client/features/sync/SyncBar.tsx';
import { initialSyncState, syncStatusStore } from '../../../../src/client/state/sync.ts';
import { SyncIndicator, type SyncIndicatorProps } from '../../../../src/client/ui/SyncIndicator.tsx';
import { formatClock } from '../../../../src/client/ui/time.ts';
import { actors, ids } from '../../shared/fixtures.ts';
import { planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from './render.tsx';

const base: SyncIndicatorProps = {
  online: true,
  pendingCount: 0,
  lastSyncAt: null,
  rejectedCount: 0,
  rejectedOpen: false,
  onToggleRejected: () => {},
};

/** The indicator with its details toggle wired as SyncBar wires it. */
function SyncBarLike(props: Partial<SyncIndicatorProps>) {
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <SyncIndicator {...base} {...props} moreOpen={moreOpen} onToggleMore={() => setMoreOpen((o) => !o)} />
  );
}

describe('the sync indicator', () => {
  it('is a status region labelled Sync that says all changes were sent', () => {
    renderIn('en', <SyncIndicator {...base} lastSyncAt="2024-08-04T19:52:00.000Z" />);
    const status = screen.getByRole('status', { name: 'Sync' });
    expect(status).toHaveTextContent('Online');
    expect(status).toHaveTextContent('All changes sent');
    expect(status).toHaveTextContent(`Last sync ${formatClock('2024-08-04T19:52:00.000Z', 'en')}`);
    expect(screen.queryByRole('button', { name: /Rejected changes/ })).toBeNull();
  });

  it('counts the changes waiting on this phone, offline', () => {
    renderIn('en', <SyncIndicator {...base} online={false} pendingCount={3} />);
    const status = screen.getByRole('status', { name: 'Sync' });
    expect(status).toHaveTextContent('Offline');
    expect(status).toHaveTextContent('3 changes waiting on this phone');
    expect(status).toHaveTextContent('Not synced yet');
  });

  it('says when rows from a newer server are kept aside, or an update is waiting, in both languages', () => {
    const { unmount } = renderIn('en', <SyncIndicator {...base} rowsAside={2} updateWaiting />);
    expect(screen.getByText(/^2 items from the server need a newer version of the app/)).toBeInTheDocument();
    unmount();
    renderIn('fr', <SyncIndicator {...base} rowsAside={1} updateWaiting />);
    expect(screen.getByText(/^1 élément du serveur demande une version plus récente/)).toBeInTheDocument();
  });

  it('says an update is waiting when the server is newer but every row was readable', () => {
    renderIn('en', <SyncIndicator {...base} updateWaiting />);
    expect(
      screen.getByText('The server runs a newer version: update the app when you have network.'),
    ).toBeInTheDocument();
  });

  it('says when the phone is full at once, and whether the browser keeps the storage on demand', async () => {
    const { unmount } = renderIn('en', <SyncBarLike persisted={false} storageFull member="Léa" />);
    expect(screen.getByText(/^Storage full: new snapshots are refused/)).toBeInTheDocument();
    expect(screen.queryByText(/^Storage not guaranteed/)).toBeNull();
    const more = screen.getByRole('button', { name: 'Account and storage' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/^Storage not guaranteed/)).toBeInTheDocument();
    expect(screen.getByText('Plan de jeu · Signed in as Léa')).toBeInTheDocument();
    unmount();
    renderIn('fr', <SyncBarLike persisted member="Léa" />);
    await userEvent.click(screen.getByRole('button', { name: 'Compte et stockage' }));
    expect(screen.getByText('Stockage conservé par le navigateur')).toBeInTheDocument();
    // Neutral in French: "Connecté en tant que Léa" did not agree with her name.
    expect(screen.getByText('Plan de jeu · Compte : Léa').textContent).toBe(
      'Plan de jeu · Compte\u202f: Léa',
    );
  });

  it('keeps the state on two short lines: network and last sync, then what waits', () => {
    renderIn('en', <SyncIndicator {...base} pendingCount={2} lastSyncAt="2024-08-04T19:52:00.000Z" />);
    const lines = [...screen.getByRole('status', { name: 'Sync' }).children].map((l) => l.textContent);
    expect(lines).toEqual([
      `Online Last sync ${formatClock('2024-08-04T19:52:00.000Z', 'en')}`,
      '2 changes waiting on this phone',
    ]);
  });

  it('speaks French', () => {
    renderIn('fr', <SyncIndicator {...base} pendingCount={1} rejectedCount={2} />);
    const status = screen.getByRole('status', { name: 'Synchronisation' });
    expect(status).toHaveTextContent('En ligne');
    expect(status).toHaveTextContent('1 modification non envoyée');
    expect(screen.getByRole('button', { name: '2 modifications refusées' })).toBeInTheDocument();
  });

  it('does not claim "All changes sent" before any sync, but counts what waits', () => {
    renderIn('en', <SyncIndicator {...base} lastSyncAt={null} pendingCount={0} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Not synced yet');
    expect(status).not.toHaveTextContent('All changes sent');
    cleanup();
    renderIn('en', <SyncIndicator {...base} lastSyncAt={null} pendingCount={1} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 change waiting on this phone');
  });

  it('shows why the last attempt failed', () => {
    renderIn('en', <SyncIndicator {...base} error="server_too_old" />);
    expect(screen.getByRole('status')).toHaveTextContent('Last attempt failed: server_too_old');
  });
});

describe('the sync bar on a real store', () => {
  beforeEach(() => syncStatusStore.setState(initialSyncState));

  it('counts a tap as waiting, and lists a rejection with its reason until dismissed', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    renderIn('en', <SyncBar />, store);
    const status = await screen.findByRole('status', { name: 'Sync' });
    expect(status).toHaveTextContent('All changes sent');

    await act(() => store.mutate('signature.advance', { id: ids.image, to: 'in-position' }, actors.lea));
    expect(await screen.findByText('1 change waiting on this phone')).toBeInTheDocument();

    // The server refuses it: the pull acknowledges id 1 and returns the rejection.
    await act(() =>
      store.applyPull(
        {
          cookie: 2,
          lastMutationID: 1,
          patch: [],
          rejected: [
            {
              id: 1,
              name: 'signature.advance',
              args: { id: ids.image, to: 'in-position' },
              at: '2024-08-04T19:40:00.000Z',
              reason: 'you are not assigned to this moment',
              code: 'not_assigned',
              params: {},
            },
          ],
        },
        actors.lea,
      ),
    );
    expect(await screen.findByText('All changes sent')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '1 rejected change' }));
    const list = await screen.findByRole('region', { name: 'Rejected changes' });
    expect(within(list).getByText('Signature image marked In position')).toBeInTheDocument();
    // Translated from its code, not the server's English sentence.
    expect(within(list).getByText('Rejected: You are not assigned to this moment.')).toBeInTheDocument();

    await userEvent.click(within(list).getByRole('button', { name: 'Dismiss' }));
    expect(await store.rejections()).toEqual([]);
    await screen.findByText('All changes sent');
    expect(screen.queryByRole('region', { name: 'Rejected changes' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Rejected changes/ })).toBeNull();
  });

  it('says a failed attempt online, not a request the network cut while offline', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    await act(async () => void renderIn('en', <SyncBar />, store));
    const status = await screen.findByRole('status', { name: 'Sync' });
    act(() => syncStatusStore.setState({ status: 'error', online: false, lastError: 'Failed to fetch' }));
    expect(status).toHaveTextContent(/^Offline/);
    expect(status).not.toHaveTextContent('Last attempt failed');
    act(() => syncStatusStore.setState({ status: 'error', online: true, lastError: 'HTTP 503' }));
    expect(status).toHaveTextContent('Last attempt failed: HTTP 503');
  });

  it('says the device is signed out and still lists the waiting changes', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    await store.mutate('signature.miss', { id: ids.image, reason: 'blocked by security' }, actors.lea);
    // Let every live query answer before the sync client's state changes.
    await act(async () => void renderIn('en', <SyncBar />, store));
    expect(await screen.findByText('1 change waiting on this phone')).toBeInTheDocument();
    act(() => syncStatusStore.setState({ status: 'signed-out', lastError: 'device revoked' }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/This device is signed out/);
    expect(within(banner).getByText('1 change kept on this phone')).toBeInTheDocument();
    expect(within(banner).getByText('Signature image marked missed')).toBeInTheDocument();
  });
});
