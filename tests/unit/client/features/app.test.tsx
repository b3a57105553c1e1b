// @vitest-environment jsdom
// The app frame: routes by URL and session, the FR/EN switch with <html lang>, and no serious axe violation.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../../src/client/App.tsx';
import { createAppI18n } from '../../../../src/client/i18n/index.ts';
import { LANGUAGE_KEY } from '../../../../src/client/i18n/language.ts';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import { createMemoryStore } from '../../../../src/client/storage/memory.ts';
import { StoreProvider } from '../../../../src/client/storage/hooks.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import { UpdateBanner } from '../../../../src/client/ui/UpdateBanner.tsx';
import { actors, planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

async function signedInStore(): Promise<TableLocalStore> {
  const store = await storeWith(await planWithOneImage(), actors.lea);
  await store.setSession({
    deviceToken: 'token',
    deviceId: '00000000-0000-4000-8000-0000000000d1',
    member: { ...actors.lea, name: 'Léa' },
  });
  return store;
}

/** Serious and critical axe findings (colour contrast needs real layout: checked in the browser). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

beforeEach(() => {
  usePlanView.setState({ editionId: null, day: null });
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

describe('the app', () => {
  it('without a session or an invite, says the device is not signed in', async () => {
    await act(async () => void renderIn('en', <App />, createMemoryStore()));
    expect(
      await screen.findByText(
        'This device is not signed in: open the sign-in link your team admin sent you.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Sync' })).toBeInTheDocument();
  });

  it('shows the sign-in form for an invite link, with no serious accessibility violation', async () => {
    window.history.replaceState(null, '', '/signin#invite=abcdefghijklmnopqrstuvwxyz');
    await act(async () => void renderIn('fr', <App />, createMemoryStore()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nom de l’appareil')).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('shows the day once signed in, with no serious accessibility violation', async () => {
    const store = await signedInStore();
    await act(async () => void renderIn('en', <App />, store));
    expect(await screen.findByRole('article', { name: "Men's 100 m final" })).toBeInTheDocument();
    // Who is signed in is one tap away in the header, not a line of its own.
    expect(screen.getByRole('banner')).not.toHaveTextContent('Signed in as Léa');
    await userEvent.click(screen.getByRole('button', { name: 'Account and storage' }));
    expect(screen.getByRole('banner')).toHaveTextContent('Signed in as Léa');
    await userEvent.click(screen.getByRole('button', { name: 'Missed' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('says "ready to work offline" in the page below the sticky header, not inside it', async () => {
    const onDismiss = vi.fn();
    const prompt = (
      <UpdateBanner
        needRefresh={false}
        offlineReady
        pendingCount={0}
        onUpdate={() => undefined}
        onDismissOfflineReady={onDismiss}
      />
    );
    await act(async () => void renderIn('fr', <App updatePrompt={prompt} />, await signedInStore()));
    // The prompt waits for the first screen (at most 3 s).
    const notice = await screen.findByText('Prêt à fonctionner hors ligne', {}, { timeout: 5_000 });
    expect(screen.getByRole('banner')).not.toContainElement(notice);
    expect(screen.getByRole('main')).toContainElement(notice);
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows the day, not the form, when a signed-in device opens /signin without an invite', async () => {
    window.history.replaceState(null, '', '/signin');
    await act(async () => void renderIn('en', <App />, await signedInStore()));
    expect(await screen.findByRole('article', { name: "Men's 100 m final" })).toBeInTheDocument();
  });

  it('switches language from the header, remembers it and sets <html lang>', async () => {
    const i18n = await createAppI18n();
    await i18n.changeLanguage('en');
    const store = await signedInStore();
    await act(
      async () =>
        void render(
          <I18nextProvider i18n={i18n}>
            <StoreProvider store={store}>
              <App />
            </StoreProvider>
          </I18nextProvider>,
        ),
    );
    const switcher = screen.getByRole('group', { name: 'Language' });
    await userEvent.click(within(switcher).getByRole('button', { name: 'FR' }));
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('fr');
    expect(await screen.findByRole('status', { name: 'Synchronisation' })).toHaveTextContent(
      'Tout est envoyé',
    );
    expect(
      within(screen.getByRole('group', { name: 'Langue' })).getByRole('button', { name: 'FR' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('article')).toHaveTextContent('Le triangle');
  });
});
