// @vitest-environment jsdom
// The desk on a memory store: tick forward, publish with a link, reopen with a reason, arrivals, the report.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import Papa from 'papaparse';
import { BoardScreen } from '../../../../src/client/features/board/BoardScreen.tsx';
import { useBoardSeen } from '../../../../src/client/features/board/seen.ts';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import type { SignatureImage } from '../../../../src/shared/domain/signature.ts';
import { actors, ids, planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

const IMAGE = 'The crowd rising as the winner crosses the line';
const PARIS = 'Europe/Paris';

async function board(language: 'en' | 'fr' = 'en') {
  const store = await storeWith(await planWithOneImage(), actors.editor);
  await act(
    async () => void renderIn(language, <BoardScreen actor={actors.editor} viewerTimeZone={PARIS} />, store),
  );
  await screen.findByRole('heading', { level: 1 });
  return store;
}

const item = () => screen.getByRole('heading', { name: IMAGE, level: 4 }).closest('li')!;
const actions = () => within(item()).getByRole('group', { name: `Mark “${IMAGE}”` });

/** What the server would send after a creator's tap: the row, as a pull patch. */
async function serverSends(store: TableLocalStore, value: SignatureImage, cookie: number) {
  await act(() =>
    store.applyPull(
      {
        cookie,
        lastMutationID: 0,
        patch: [{ op: 'put', kind: 'signature', id: value.id, value }],
        rejected: [],
      },
      actors.editor,
    ),
  );
}

beforeEach(() => {
  usePlanView.setState({ editionId: null, day: null });
  localStorage.clear();
  useBoardSeen.setState({ seen: {} });
});

describe('the board', () => {
  it('shows the day at a glance: counts per moment and what is still missing, with its key-moment time', async () => {
    await board();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Desk: Sunday, August 4');
    const glance = screen.getByRole('region', { name: 'The day at a glance' });
    const row = within(glance).getByRole('row', { name: /Men's 100 m final/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['9:50 PM', '1', '0', '0']);
    const missing = within(glance).getByRole('list', { name: 'Images still missing, by key-moment time' });
    expect(missing).toHaveTextContent(`9:50 PM ${IMAGE} — Men's 100 m final (Planned)`);
  });

  it('has no serious accessibility violation, a dialog open (contrast is checked in Chromium)', async () => {
    await board();
    await userEvent.click(within(actions()).getByRole('button', { name: 'Published…' }));
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('ticks captured, then selected, then published with an asset link, each queued once', async () => {
    const store = await board();
    await userEvent.click(within(actions()).getByRole('button', { name: 'Captured' }));
    expect(await within(item()).findByText('Captured', { selector: 'strong' })).toBeInTheDocument();
    expect(item()).toHaveTextContent('Captured by Edith at');
    await userEvent.click(within(actions()).getByRole('button', { name: 'Selected' }));
    await userEvent.click(within(actions()).getByRole('button', { name: 'Published…' }));

    const dialog = screen.getByRole('dialog', { name: `Publish “${IMAGE}”` });
    await userEvent.type(within(dialog).getByLabelText('Asset link'), 'not a link');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark published' }));
    expect(within(dialog).getByText(/Asset link: must be an http\(s\) address/)).toBeInTheDocument();
    await userEvent.clear(within(dialog).getByLabelText('Asset link'));
    await userEvent.type(within(dialog).getByLabelText('Asset link'), 'https://media.example.org/100m/42');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark published' }));

    expect(await within(item()).findByText('Published', { selector: 'strong' })).toBeInTheDocument();
    expect(
      within(item()).getByRole('link', { name: `Open “${IMAGE}” in the media library` }),
    ).toHaveAttribute('href', 'https://media.example.org/100m/42');
    expect(within(item()).getByText('Waiting on this device')).toBeInTheDocument();
    expect(within(item()).getByText('History (3 changes)')).toBeInTheDocument();
    expect(item()).toHaveTextContent('Selected → Published, by Edith');
    const pending = await store.pending(10);
    expect(pending.map((m) => [m.name, m.args])).toEqual([
      ['signature.advance', { id: ids.image, to: 'captured' }],
      ['signature.advance', { id: ids.image, to: 'selected' }],
      [
        'signature.advance',
        { id: ids.image, to: 'published', assetUrl: 'https://media.example.org/100m/42' },
      ],
    ]);
    expect(within(actions()).queryByRole('button', { name: 'Published…' })).toBeNull();
  });

  it('adds an asset link to an image in hand without moving its status; the link is required there', async () => {
    const store = await board();
    expect(within(actions()).queryByRole('button', { name: 'Add asset link…' })).toBeNull();
    await userEvent.click(within(actions()).getByRole('button', { name: 'Captured' }));
    await userEvent.click(within(actions()).getByRole('button', { name: 'Add asset link…' }));
    const dialog = screen.getByRole('dialog', { name: `Asset link of “${IMAGE}”` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save link' }));
    expect(within(dialog).getByText(/Asset link: must be an http\(s\) address/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('Asset link'), 'https://media.example.org/7');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save link' }));
    expect(await within(actions()).findByRole('button', { name: 'Change asset link…' })).toBeInTheDocument();
    expect(within(item()).getByText('Captured', { selector: 'strong' })).toBeInTheDocument();
    // An explicit link change (signature.link): a move to the status it has would write nothing.
    expect((await store.pending(10)).map((m) => [m.name, m.args])).toEqual([
      ['signature.advance', { id: ids.image, to: 'captured' }],
      ['signature.link', { id: ids.image, assetUrl: 'https://media.example.org/7' }],
    ]);
  });

  it('goes back only through a labelled dialog with a reason, recorded in the history', async () => {
    const store = await board('fr');
    await userEvent.click(
      within(screen.getByRole('group', { name: `Marquer « ${IMAGE} »` })).getByRole('button', {
        name: 'Sélectionnée',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Rouvrir…' }));
    const dialog = screen.getByRole('dialog', { name: `Revenir en arrière sur « ${IMAGE} »` });
    expect(within(dialog).getByLabelText('Revenir à')).toHaveValue('captured');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rouvrir' }));
    expect(within(dialog).getByText('Raison : dites pourquoi en quelques mots.')).toBeInTheDocument();
    await userEvent.selectOptions(within(dialog).getByLabelText('Revenir à'), 'planned');
    await userEvent.type(within(dialog).getByLabelText('Raison (gardée dans l’historique)'), 'Floue');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rouvrir' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await within(item()).findByText('Prévue', { selector: 'strong' })).toBeInTheDocument();
    expect(item()).toHaveTextContent('Sélectionnée → Prévue, par Edith — Floue');
    expect((await store.pending(10)).map((m) => m.name)).toEqual(['signature.advance', 'signature.reopen']);
    expect((await store.pending(10))[1]!.args).toEqual({ id: ids.image, to: 'planned', reason: 'Floue' });
  });

  it('counts what a phone changed since the editor last looked, live, until marked as seen', async () => {
    const store = await board();
    // A first look on this device has no "last look": it counts from the start of today.
    expect(screen.getByText('Nothing new since the start of today')).toBeInTheDocument();
    const row = (await store.get('signature', ids.image))!;
    await serverSends(
      store,
      {
        ...row,
        status: 'captured',
        statusAt: '2024-08-04T19:52:00.000Z',
        statusBy: ids.lea,
        capturedAt: '2024-08-04T19:52:00.000Z',
        capturedBy: ids.lea,
        previewId: '00000000-0000-4000-8000-0000000000f1',
        previewBy: ids.lea,
        history: [{ from: 'planned', to: 'captured', at: '2024-08-04T19:52:00.000Z', by: ids.lea }],
      },
      2,
    );
    expect(await screen.findByText('1 image changed since the start of today')).toBeInTheDocument();
    expect(document.querySelector('.arrivals-list')).toHaveTextContent(`${IMAGE}: Captured`);
    expect(within(item()).getByText('New')).toBeInTheDocument();
    expect(item()).toHaveTextContent('Captured by Léa at 9:52 PM');
    // Its snapshot is announced by the row, with whose phone holds it until uploaded.
    expect(await within(item()).findByText('Not uploaded yet by Léa')).toBeInTheDocument();
    const glance = screen.getByRole('region', { name: 'The day at a glance' });
    expect(within(glance).getByText('Still missing (0)')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mark as seen' }));
    expect(screen.getByText('Nothing new since you last looked')).toBeInTheDocument();
    expect(within(item()).queryByText('New')).toBeNull();
    expect(document.querySelector('.arrivals-list')).toBeNull();
  });

  it('lists the whole Games day by day', async () => {
    await board();
    await userEvent.click(screen.getByRole('button', { name: 'Whole Games' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Signature images of the Games' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Sunday, August 4', { selector: '.board-day-heading' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: IMAGE })).toBeInTheDocument();
  });

  it('reports coverage with filters, and exports it as CSV through a Blob link', async () => {
    await board();
    const report = screen.getByRole('region', { name: 'Coverage report' });
    const olympic = within(report).getByRole('table', { name: 'Paris 2024 (Olympic)' });
    expect(within(olympic).getByRole('row', { name: /Sunday, August 4/ })).toHaveTextContent(
      '0 captured of 1 planned, 0 missed',
    );
    await userEvent.selectOptions(within(report).getByLabelText('Creator'), 'Hugo');
    expect(within(olympic).getByText('No planned image matches these filters.')).toBeInTheDocument();
    await userEvent.selectOptions(within(report).getByLabelText('Creator'), 'Léa');
    expect(within(olympic).queryByText('No planned image matches these filters.')).toBeNull();

    const blobs: Blob[] = [];
    const created = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:report'));
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('coverage-report.csv');
      expect(this.href).toBe('blob:report');
    });
    await userEvent.click(within(report).getByRole('button', { name: 'Export CSV' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    const text = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(
      rows.filter((r) => r['Day'] === '2024-08-04').map((r) => [r['Side'], r['Planned'], r['Captured']]),
    ).toEqual([
      ['Sport', '1', '0'],
      ['Site', '0', '0'],
      ['Public', '1', '0'],
      ['All images', '1', '0'],
    ]);
    clicked.mockRestore();
  });
});
