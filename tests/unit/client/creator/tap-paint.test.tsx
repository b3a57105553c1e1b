// @vitest-environment jsdom
// Issue #14: a tap shows at once but says "waiting on this phone" only once the outbox has it; the first render shows a seeded day.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CreatorScreen } from '../../../../src/client/features/creator/CreatorScreen.tsx';
import { seedMyDay } from '../../../../src/client/features/creator/my-day-seed.ts';
import { createI18n } from '../../../../src/client/i18n/index.ts';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import { StoreProvider } from '../../../../src/client/storage/hooks.ts';
import { clearSeeds } from '../../../../src/client/storage/seed.ts';
import { actors, ids, planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

const IMAGE = 'The crowd rising as the winner crosses the line';
const NOW = new Date('2024-08-04T21:00:00+02:00');

beforeEach(() => {
  usePlanView.setState({ editionId: null, day: null, myDay: null });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  clearSeeds();
});

describe('a tap on my day', () => {
  it('shows the new status at once, "waiting on this phone" only once the outbox has it', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    // The phone's write is held back: the screen must not claim it is stored before it is.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    const mutate = store.mutate.bind(store);
    vi.spyOn(store, 'mutate').mockImplementation(async (...args) => {
      await held;
      return mutate(...args);
    });
    await act(async () => void renderIn('en', <CreatorScreen actor={actors.lea} now={NOW} />, store));
    const card = await screen.findByRole('article', { name: "Men's 100 m final" });
    const item = within(card).getByRole('heading', { name: IMAGE }).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'In position' }));

    expect(item).toHaveTextContent('Status: In position');
    expect(item).toHaveTextContent('Saving on this phone…');
    expect(item).not.toHaveTextContent('Waiting on this phone');
    // The step tapped is no longer offered; the next one is.
    expect(within(item).queryByRole('button', { name: 'In position' })).toBeNull();
    expect(within(item).getByRole('button', { name: 'Captured' })).toBeInTheDocument();
    expect(await store.pending(10)).toHaveLength(0);

    release();
    await vi.waitFor(() => expect(item).toHaveTextContent('Waiting on this phone'));
    expect(item).toHaveTextContent('Status: In position');
    expect((await store.pending(10)).map((m) => m.args)).toEqual([{ id: ids.image, to: 'in-position' }]);
  });

  it('goes back to the stored status when the phone cannot record the tap', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    vi.spyOn(store, 'mutate').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await act(async () => void renderIn('en', <CreatorScreen actor={actors.lea} now={NOW} />, store));
    const card = await screen.findByRole('article', { name: "Men's 100 m final" });
    const item = within(card).getByRole('heading', { name: IMAGE }).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Captured' }));
    await vi.waitFor(() => expect(within(item).getByRole('alert')).toHaveTextContent(/Not recorded/));
    expect(item).toHaveTextContent('Status: Planned');
    expect(item).not.toHaveTextContent('Saving on this phone…');
  });
});

describe('the first render of my day', () => {
  it('shows the day at once from the rows read before it (no loading step)', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    const session = {
      deviceToken: 't',
      deviceId: 'd',
      member: { ...actors.lea, name: 'Léa' },
    };
    await seedMyDay(store, session, null, NOW);
    // Synchronously after render: no live query has answered yet.
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <StoreProvider store={store}>
          <CreatorScreen actor={actors.lea} now={NOW} />
        </StoreProvider>
      </I18nextProvider>,
    );
    const card = screen.getByRole('article', { name: "Men's 100 m final" });
    expect(within(card).getByRole('heading', { name: IMAGE })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });
});
