// @vitest-environment jsdom
// The note box shows the synced note: another device's note shows at once; while typing, the creator is told
// and keeps both; a note typed but not saved survives a reload (remount), and the open "Missed" dialog too.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CreatorScreen } from '../../../../src/client/features/creator/CreatorScreen.tsx';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import { drafts } from '../../../../src/client/state/drafts.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import type { SignatureImage } from '../../../../src/shared/domain/signature.ts';
import { actors, ids, planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

const IMAGE = 'The crowd rising as the winner crosses the line';

async function open(store: TableLocalStore) {
  await act(
    async () =>
      void renderIn(
        'en',
        <CreatorScreen
          actor={actors.lea}
          now={new Date('2024-08-04T12:00:00+02:00')}
          viewerTimeZone="Europe/Paris"
        />,
        store,
      ),
  );
  return within(await screen.findByRole('article', { name: "Men's 100 m final" }));
}

/**
 * The server's version of the image arrives with a pull, as when another phone of the creator synced;
 * `acked`: this phone's mutations the server has applied (a note still in the outbox stays on top).
 */
async function pulled(store: TableLocalStore, note: string, cookie: number, acked = 0) {
  const image = (await store.get('signature', ids.image)) as SignatureImage;
  await act(() =>
    store.applyPull(
      {
        cookie,
        lastMutationID: acked,
        patch: [{ op: 'put', kind: 'signature', id: ids.image, value: { ...image, note } }],
        rejected: [],
      },
      actors.lea,
    ),
  );
}

beforeEach(() => usePlanView.setState({ editionId: null, day: null, myDay: null }));

describe('the note box on the creator’s phone', () => {
  it('shows a note saved on another device at once when the creator is not typing', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    const card = await open(store);
    const box = card.getByLabelText('Note for the desk');
    expect(box).toHaveValue('');
    await pulled(store, 'note from phone 1', 2);
    expect(card.getByLabelText('Note for the desk')).toHaveValue('note from phone 1');
    expect(card.queryByText(/changed on another device/)).toBeNull();
  });

  it('after this phone saved its own note, the synced note from the other phone replaces it on screen', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    const card = await open(store);
    await userEvent.type(card.getByLabelText('Note for the desk'), 'note from phone 2');
    await userEvent.click(card.getByRole('button', { name: 'Save the note' }));
    expect(await store.get('signature', ids.image)).toMatchObject({ note: 'note from phone 2' });
    // Sent and acknowledged, then phone 1's later note wins on the server and comes back in a pull.
    await act(() => store.applyPull({ cookie: 2, lastMutationID: 1, patch: [], rejected: [] }, actors.lea));
    await pulled(store, 'note from phone 1', 3);
    expect(card.getByLabelText('Note for the desk')).toHaveValue('note from phone 1');
    expect(card.queryByText('Sent')).toBeInTheDocument();
  });

  it('tells a creator in the middle of typing, and keeps both until they choose', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    const card = await open(store);
    await userEvent.type(card.getByLabelText('Note for the desk'), 'draft on phone 2');
    await pulled(store, 'note from phone 1', 2);
    const notice = card.getByRole('status');
    expect(notice).toHaveTextContent('Note for the desk changed on another device: “note from phone 1”');
    expect(card.getByLabelText('Note for the desk')).toHaveValue('draft on phone 2');

    await userEvent.click(within(notice).getByRole('button', { name: /^Keep mine/ }));
    expect(card.queryByText(/changed on another device/)).toBeNull();
    expect(card.getByLabelText('Note for the desk')).toHaveValue('draft on phone 2');
    // Saving now writes the creator's own note over the other one, knowingly.
    await userEvent.click(card.getByRole('button', { name: 'Save the note' }));
    expect(await store.get('signature', ids.image)).toMatchObject({ note: 'draft on phone 2' });

    await userEvent.type(card.getByLabelText('Note for the desk'), ' (more)');
    // Phone 2's save reached the server; then phone 3's note did.
    await pulled(store, 'note from phone 3', 3, 1);
    await userEvent.click(within(card.getByRole('status')).getByRole('button', { name: /^Use theirs/ }));
    expect(card.getByLabelText('Note for the desk')).toHaveValue('note from phone 3');
    expect(card.getByRole('button', { name: 'Save the note' })).toBeDisabled();
  });

  it('keeps a note typed but not saved through a reload, and forgets it once saved', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    let card = await open(store);
    await userEvent.type(card.getByLabelText('Note for the desk'), 'typed, not saved');
    cleanup(); // the tab reloads
    card = await open(store);
    expect(card.getByLabelText('Note for the desk')).toHaveValue('typed, not saved');

    // Changed elsewhere while the tab was closed: told on reopening, both kept.
    cleanup();
    await pulled(store, 'note from phone 1', 2);
    card = await open(store);
    expect(card.getByLabelText('Note for the desk')).toHaveValue('typed, not saved');
    expect(card.getByRole('status')).toHaveTextContent('“note from phone 1”');

    await userEvent.click(card.getByRole('button', { name: 'Save the note' }));
    await vi.waitFor(() => expect(drafts.has(`signature/${ids.image}/`)).toBe(false));
    cleanup();
    card = await open(store);
    expect(card.getByLabelText('Note for the desk')).toHaveValue('typed, not saved');
    expect(card.queryByRole('status')).toBeNull();
  });

  it('reopens the "Missed" dialog with the reason typed before a reload', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    let card = await open(store);
    await userEvent.click(
      card.getByRole('group', { name: `Mark “${IMAGE}”` }).querySelector('button.button-danger')!,
    );
    // The dialog's code loads on demand (after the tap): wait for it.
    await userEvent.type(await card.findByLabelText('Reason'), 'Blocked by a TV crane');
    cleanup();
    card = await open(store);
    expect(await card.findByLabelText('Reason')).toHaveValue('Blocked by a TV crane');
    await userEvent.click(card.getByRole('button', { name: 'Mark missed' }));
    expect(await store.get('signature', ids.image)).toMatchObject({
      status: 'missed',
      missedReason: 'Blocked by a TV crane',
    });
    cleanup();
    card = await open(store);
    expect(card.queryByLabelText('Reason')).toBeNull();
  });
});
