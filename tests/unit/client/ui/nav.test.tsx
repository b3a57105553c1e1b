// @vitest-environment jsdom
// Screens by role: where each role lands, which screens it is shown, the guard on the others, guessed and unknown addresses.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../src/client/App.tsx';
import { canonicalPath, parseRoute } from '../../../../src/client/state/route.ts';
import { createMemoryStore } from '../../../../src/client/storage/memory.ts';
import { canSee, homeOf, Nav } from '../../../../src/client/ui/Nav.tsx';
import { renderIn } from './render.tsx';

const EDITOR = '00000000-0000-4000-8000-000000000023';

describe('screens by role', () => {
  it('lands each role on the screen it works in', () => {
    expect(homeOf('creator')).toBe('/me');
    expect(homeOf('editor')).toBe('/board');
    expect(homeOf('planner')).toBe('/plan');
    expect(homeOf('admin')).toBe('/plan');
  });

  it('keeps the stand-up to planners and admins, and the desk away from creators', () => {
    expect(canSee('editor', 'plan')).toBe(false);
    expect(canSee('creator', 'board')).toBe(false);
    expect(canSee('planner', 'plan')).toBe(true);
    expect(canSee('editor', 'board')).toBe(true);
    expect(canSee('creator', 'me')).toBe(true);
  });

  it('shows a creator only their day and the day plan, marking the current one', () => {
    renderIn('en', <Nav role="creator" current="me" />);
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['My day', 'Day plan']);
    expect(screen.getByRole('link', { name: 'My day' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('the route guard', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('tells an editor who opens /plan that the stand-up is not theirs, in French too', async () => {
    window.history.replaceState(null, '', '/plan');
    const store = createMemoryStore();
    await store.setSession({
      deviceToken: 't',
      deviceId: '00000000-0000-4000-8000-0000000000d1',
      member: { memberId: EDITOR, role: 'editor', name: 'Edith' },
    });
    renderIn('fr', <App />, store);
    expect(await screen.findByText(/ne fait pas partie de votre rôle/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Point du matin/ })).not.toBeInTheDocument();
  });
});

describe('addresses people guess, and the ones no screen has', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('leads the guessed names to their screen and spells them as the app does', () => {
    expect(parseRoute({ pathname: '/desk', hash: '' })).toEqual({ screen: 'board' });
    expect(parseRoute({ pathname: '/standup', hash: '' })).toEqual({ screen: 'plan' });
    expect(parseRoute({ pathname: '/stand-up/', hash: '' })).toEqual({ screen: 'plan' });
    expect(parseRoute({ pathname: '/Board/', hash: '' })).toEqual({ screen: 'board' });
    expect(parseRoute({ pathname: '/my-day', hash: '' })).toEqual({ screen: 'me' });
    expect(parseRoute({ pathname: '/index.html', hash: '' })).toEqual({ screen: 'day' });
    expect(parseRoute({ pathname: '/', hash: '' })).toEqual({ screen: 'day' });
    expect(canonicalPath('/desk')).toBe('/board');
    expect(canonicalPath('/Board/')).toBe('/board');
    expect(canonicalPath('/day')).toBe('/');
    expect(canonicalPath('/board')).toBeUndefined();
    expect(canonicalPath('/')).toBeUndefined();
    expect(canonicalPath('/nowhere')).toBeUndefined();
  });

  it('says any other path is not found (it once showed the day plan)', () => {
    expect(parseRoute({ pathname: '/boards', hash: '' })).toEqual({ screen: 'notFound', path: '/boards' });
    expect(parseRoute({ pathname: '/me/extra', hash: '' })).toEqual({
      screen: 'notFound',
      path: '/me/extra',
    });
  });

  it('opens the desk at /desk for an editor and writes /board in the address bar', async () => {
    window.history.replaceState(null, '', '/desk');
    const store = createMemoryStore();
    await store.setSession({
      deviceToken: 't',
      deviceId: '00000000-0000-4000-8000-0000000000d1',
      member: { memberId: EDITOR, role: 'editor', name: 'Edith' },
    });
    renderIn('en', <App />, store);
    expect(await screen.findByRole('link', { name: 'Desk' })).toHaveAttribute('aria-current', 'page');
    await vi.waitFor(() => expect(window.location.pathname).toBe('/board'));
  });

  it('shows "page not found" with the way back to the user’s screen, in English and French', async () => {
    window.history.replaceState(null, '', '/nowhere');
    const store = createMemoryStore();
    await store.setSession({
      deviceToken: 't',
      deviceId: '00000000-0000-4000-8000-0000000000d1',
      member: { memberId: EDITOR, role: 'editor', name: 'Edith' },
    });
    const { unmount } = renderIn('en', <App />, store);
    expect(await screen.findByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    expect(screen.getByText('No screen of Plan de jeu is at “/nowhere”.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to my screen' })).toHaveAttribute('href', '/board');
    unmount();
    renderIn('fr', <App />, store);
    expect(await screen.findByRole('heading', { name: 'Page introuvable', level: 1 })).toBeVisible();
    screen.getByRole('link', { name: 'Aller à mon écran' }).click();
    await vi.waitFor(() => expect(window.location.pathname).toBe('/board'));
  });
});
