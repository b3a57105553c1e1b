// @vitest-environment jsdom
// Screens by role: where each role lands, which screens it is shown, and the guard on the others.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/client/App.tsx';
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
