// Registers the service worker, looks for a new version (online, focus, outbox emptied, every 30 min)
// and offers it in the header, never while changes are unsent; says when it could not be installed.
/// <reference types="vite-plugin-pwa/react" />
import { useEffect, useRef, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useLaterCatalogs } from '../../i18n/app.ts';
import { useLocalStore, usePendingCount } from '../../storage/index.ts';
import { UpdateBanner } from '../../ui/UpdateBanner.tsx';
import { useUpdateNotices } from './notices.ts';
import { otherTabs } from './tabs.ts';
import { useReloadOnUpdate, useWaitingWorker } from './waiting.ts';
import type { PageMessage } from '../../sw/protocol.ts';

/** How often an installed app looks for a new version anyway (a phone may stay open all day). */
const CHECK_EVERY_MS = 30 * 60_000;

export function ServiceWorkerUpdate() {
  // The prompt's strings are in the later catalogs: this part starts after "my day" and waits for them.
  useLaterCatalogs();
  const store = useLocalStore();
  const count = usePendingCount();
  const registration = useRef<ServiceWorkerRegistration | undefined>(undefined);
  const [registered, setRegistered] = useState<ServiceWorkerRegistration>();
  const [tabs, setTabs] = useState(0);
  const {
    needRefresh: [workboxSaysWaiting],
    offlineReady: [offlineReady, setOfflineReady],
  } = useRegisterSW({
    onRegisteredSW(_url, r) {
      registration.current = r;
      setRegistered(r);
      if (r) setInterval(() => check(r), CHECK_EVERY_MS);
    },
  });
  const needRefresh = useWaitingWorker(registered) || workboxSaysWaiting;
  useReloadOnUpdate();
  const [failure, clearFailure] = useUpdateNotices();

  // Back online, or back to the app: a new version may have been published meanwhile.
  useEffect(() => {
    const now = () => check(registration.current);
    window.addEventListener('online', now);
    window.addEventListener('focus', now);
    return () => {
      window.removeEventListener('online', now);
      window.removeEventListener('focus', now);
    };
  }, []);

  // The outbox just emptied: a version that waited for it can install now.
  const previous = useRef(count);
  useEffect(() => {
    if (previous.current !== undefined && previous.current > 0 && count === 0) check(registration.current);
    previous.current = count;
  }, [count]);

  // The prompt says how many other tabs updating reloads.
  useEffect(() => {
    if (!needRefresh) return;
    let live = true;
    const count = () => void otherTabs().then((n) => live && setTabs(n));
    count();
    const timer = setInterval(count, 5_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [needRefresh]);

  async function update() {
    // The button is disabled while changes wait, but a tap may have landed since the last render:
    // ask the outbox itself (the worker asks it again before activating).
    if ((await store.pending(1)).length > 0) return;
    // Every tab, this one included, reloads when the new version takes control (useReloadOnUpdate).
    registration.current?.waiting?.postMessage({ type: 'SKIP_WAITING' } satisfies PageMessage);
  }

  return (
    <UpdateBanner
      needRefresh={needRefresh}
      offlineReady={offlineReady}
      pendingCount={count}
      otherTabs={tabs}
      failure={failure}
      onUpdate={() => void update()}
      onDismissOfflineReady={() => setOfflineReady(false)}
      onDismissFailure={clearFailure}
    />
  );
}

/** Asks the browser for the service worker script again; a changed one installs (or is refused). */
function check(registration: ServiceWorkerRegistration | undefined): void {
  if (!registration || !navigator.onLine) return;
  registration.update().catch(() => undefined); // offline or the server is down: the next trigger tries again
}
