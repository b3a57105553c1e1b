// The current screen, from the URL, without a router library: /signin (with #invite=), / (the day),
// /me (a creator's day), /plan (the stand-up), /board (the editors' desk), /team (admins: the team).
import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'signin'; invite: string | null }
  | { screen: 'day' }
  | { screen: 'me' }
  | { screen: 'plan' }
  | { screen: 'board' }
  | { screen: 'team' };

const SCREENS = { '/me': 'me', '/plan': 'plan', '/board': 'board', '/team': 'team' } as const;

/** Reads the route from a location; unknown paths show the day (the shell serves every path). */
export function parseRoute(location: Pick<Location, 'pathname' | 'hash'>): Route {
  const path = location.pathname.replace(/\/+$/, '');
  if (path in SCREENS) return { screen: SCREENS[path as keyof typeof SCREENS] };
  if (path === '/signin') {
    const invite = new URLSearchParams(location.hash.replace(/^#/, '')).get('invite');
    return { screen: 'signin', invite: invite?.trim() || null };
  }
  return { screen: 'day' };
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
