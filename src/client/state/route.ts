// The current screen, from the URL, without a router library: /signin (with #invite=), / (the day),
// /me (a creator's day), /plan (the stand-up), /board (the editors' desk), /team (admins: the team);
// guessed names (/desk, /standup…) lead to their screen, any other path to "page not found".
import { useEffect, useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'signin'; invite: string | null }
  | { screen: 'day' }
  | { screen: 'me' }
  | { screen: 'plan' }
  | { screen: 'board' }
  | { screen: 'team' }
  | { screen: 'notFound'; path: string };

/**
 * Each path a screen answers to: its own, and the names people guess or remember from the screens'
 * names ("the desk", "the stand-up") or the shell's own file. Those lead to the screen, and the
 * address bar then shows the screen's own path (PATHS).
 */
const SCREENS = {
  '': 'day',
  '/me': 'me',
  '/plan': 'plan',
  '/board': 'board',
  '/team': 'team',
  '/signin': 'signin',
  '/day': 'day',
  '/index.html': 'day',
  '/my-day': 'me',
  '/standup': 'plan',
  '/stand-up': 'plan',
  '/desk': 'board',
} as const;
const PATHS = { day: '/', me: '/me', plan: '/plan', board: '/board', team: '/team', signin: '/signin' };

/** The screen a path leads to, whatever its case or trailing slash ("/Desk/" → board). */
function screenOf(pathname: string) {
  return SCREENS[pathname.replace(/\/+$/, '').toLowerCase() as keyof typeof SCREENS] as
    (typeof SCREENS)[keyof typeof SCREENS] | undefined;
}

/**
 * The real path of an address that leads to a screen under another name or spelling ("/desk" →
 * "/board", "/Board/" → "/board"), or undefined when the address is already the screen's own (or
 * no screen's).
 */
export function canonicalPath(pathname: string): string | undefined {
  const screen = screenOf(pathname);
  return screen && PATHS[screen] !== pathname ? PATHS[screen] : undefined;
}

/** Reads the route from a location; a path no screen has is "not found" (the shell serves every path). */
export function parseRoute(location: Pick<Location, 'pathname' | 'hash'>): Route {
  const screen = screenOf(location.pathname);
  if (screen === 'signin') {
    const invite = new URLSearchParams(location.hash.replace(/^#/, '')).get('invite');
    return { screen, invite: invite?.trim() || null };
  }
  return screen ? { screen } : { screen: 'notFound', path: location.pathname };
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}

// Snapshot is the href so useSyncExternalStore sees a stable, comparable value.
const snapshot = () => window.location.pathname + window.location.hash;

export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [pathname = '/', hash = ''] = href.split(/(?=#)/);
  // "/desk" shows the desk at once; the address bar (and a bookmark made now) then says "/board".
  useEffect(() => {
    const target = canonicalPath(pathname);
    if (target) window.history.replaceState(null, '', target + window.location.search + hash);
  }, [pathname, hash]);
  return parseRoute({ pathname, hash });
}

/**
 * Goes to a path. `replace` is used after sign-in so the one-time invite token leaves the
 * URL and the history (a back tap must not show a spent link).
 */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}
