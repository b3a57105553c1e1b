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

const SCREENS = { '': 'day', '/me': 'me', '/plan': 'plan', '/board': 'board', '/team': 'team' } as const;

/**
 * The addresses people guess or remember from the screens' names ("the desk", "the stand-up"), and
 * the shell's own file: each leads to its screen, and the address bar then shows the real path.
 */
const ALIASES: Readonly<Record<string, string>> = {
  '/desk': '/board',
  '/standup': '/plan',
  '/stand-up': '/plan',
  '/my-day': '/me',
  '/day': '/',
  '/index.html': '/',
  '/sign-in': '/signin',
  '/login': '/signin',
  '/admin': '/team',
};

/** The path a screen's address is written in: no trailing slash, lower case ("/Board/" → "/board"). */
function normalPath(pathname: string): string {
  return pathname.replace(/\/+$/, '').toLowerCase();
}

/**
 * The real path of an address that leads to a screen under another name or spelling ("/desk" →
 * "/board", "/Board/" → "/board"), or undefined when the address is already the screen's own (or
 * no screen's).
 */
export function canonicalPath(pathname: string): string | undefined {
  const path = normalPath(pathname);
  const target = ALIASES[path] ?? (path in SCREENS || path === '/signin' ? path || '/' : undefined);
  return target !== undefined && target !== pathname ? target : undefined;
}

/** Reads the route from a location; a path no screen has is "not found" (the shell serves every path). */
export function parseRoute(location: Pick<Location, 'pathname' | 'hash'>): Route {
  const normal = normalPath(location.pathname);
  const path = ALIASES[normal]?.replace(/\/$/, '') ?? normal;
  if (path in SCREENS) return { screen: SCREENS[path as keyof typeof SCREENS] };
  if (path === '/signin') {
    const invite = new URLSearchParams(location.hash.replace(/^#/, '')).get('invite');
    return { screen: 'signin', invite: invite?.trim() || null };
  }
  return { screen: 'notFound', path: location.pathname };
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
