// The app shell: precached at install, served for navigations (not /api/*), and the guard that keeps
// the running version while the outbox holds unsent changes, even across a close and reopen.
import type { PrecacheEntry } from 'workbox-precaching';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isQuotaError } from '../storage/errors.ts';
import { hasUnsentChanges } from '../storage/outbox-peek.ts';
import type { UpdateNotice } from './protocol.ts';
import { UPDATE_CHANNEL } from './protocol.ts';

declare const self: ServiceWorkerGlobalScope;

/** Where this worker notes which shell is live, so the next version can keep it (it survives restarts). */
const STATE_CACHE = 'plan-de-jeu-sw-state';
const state = (name: string) => new URL(`/__plan-de-jeu/sw/${name}`, self.location.href).href;

async function readState(name: string): Promise<string | null> {
  const response = await (await caches.open(STATE_CACHE)).match(state(name));
  return response ? response.text() : null;
}

async function writeState(name: string, value: string | null): Promise<void> {
  const cache = await caches.open(STATE_CACHE);
  if (value === null) await cache.delete(state(name));
  else await cache.put(state(name), new Response(value));
}

function announce(notice: UpdateNotice): void {
  const channel = new BroadcastChannel(UPDATE_CHANNEL);
  channel.postMessage(notice);
  channel.close();
}

/**
 * Wires install, activate and the routes of the shell.
 *
 * - install: while a version runs and the outbox holds unsent changes, the install fails on
 *   purpose, so the browser keeps the running version (whatever the number of tabs, and across
 *   a close and reopen); the pages ask for the update again once the outbox is empty, when they
 *   come online and on focus. An update whose precache fails (for lack of space) is announced.
 * - activate: a version installed while the outbox was empty may still activate after a tap
 *   (all tabs closed, then reopened). Then it keeps serving the previous shell and its files,
 *   left in the precache, until the outbox is empty: the previous version keeps running.
 *   The very first version (no previous shell) claims the open pages, so they work offline at once.
 */
export function serveShell(manifest: (string | PrecacheEntry)[]): void {
  const precache = new PrecacheController();
  precache.addToCacheList(manifest);
  const shellKey = precache.getCacheKeyForURL('/index.html') ?? precache.getCacheKeyForURL('index.html');
  const appShell = precache.createHandlerBoundToURL('/index.html');

  self.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        if (self.registration.active && (await hasUnsentChanges())) {
          announce({ type: 'update-deferred' });
          throw new Error('changes wait in the outbox: the running version stays');
        }
        try {
          await precache.install(event);
        } catch (error) {
          // "A new version could not be installed" is said only of an update: a first install that
          // fails (offline right after sign-in) claims nothing, and the next load tries again.
          if (self.registration.active)
            announce({ type: 'update-failed', reason: isQuotaError(error) ? 'storage-full' : 'other' });
          throw error;
        }
      })(),
    );
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const previous = await readState('live-shell');
        if (previous && previous !== shellKey && (await hasUnsentChanges())) {
          await writeState('kept-shell', previous);
          return;
        }
        await takeOver();
        // The first version on this phone takes the open page at once, so "ready to work offline" is
        // true in this page's life. No update guard is at stake: no earlier version runs, claiming
        // reloads nothing (useReloadOnUpdate skips a first control), and the next navigation would come
        // from this worker anyway. An update (a previous shell) never claims: the user's tap does.
        if (!previous) await self.clients.claim();
      })(),
    );
  });

  /** This version's shell becomes the live one; files of earlier versions leave the precache. */
  async function takeOver(): Promise<void> {
    await writeState('kept-shell', null);
    const cache = await caches.open(precache.strategy.cacheName);
    const expected = new Set(precache.getURLsToCacheKeys().values());
    for (const request of await cache.keys()) if (!expected.has(request.url)) await cache.delete(request);
    if (shellKey) await writeState('live-shell', shellKey);
  }

  /** The previous version's shell while it must keep running, else null. */
  async function keptShell(): Promise<string | null> {
    const kept = await readState('kept-shell');
    if (!kept) return null;
    if (await hasUnsentChanges()) return kept;
    await takeOver();
    return null;
  }

  registerRoute(new PrecacheRoute(precache));
  // The API is never answered by the shell: sync must see real network failures.
  registerRoute(
    new NavigationRoute(
      async (options) => {
        const kept = await keptShell();
        const response = kept
          ? await caches.match(kept, { cacheName: precache.strategy.cacheName })
          : undefined;
        return response ?? appShell(options);
      },
      { denylist: [/^\/api\//] },
    ),
  );
  // Files of the previous version (its hashed scripts), still in the precache while it is kept.
  registerRoute(
    ({ request, sameOrigin, url }) =>
      sameOrigin && request.method === 'GET' && !url.pathname.startsWith('/api/'),
    async ({ request }) =>
      (await caches.match(request, { cacheName: precache.strategy.cacheName, ignoreSearch: true })) ??
      fetch(request),
  );
}
