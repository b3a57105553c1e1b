// The new version waiting to take over, followed on the registration itself: workbox-window stops
// listening after a second `updatefound`, and here installs are refused (and retried) on purpose.
import { useEffect, useState } from 'react';

/** Whether `registration` has a waiting worker, kept up to date across installs that fail and retry. */
export function useWaitingWorker(registration: ServiceWorkerRegistration | undefined): boolean {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!registration) return;
    const read = () => setWaiting(registration.waiting !== null);
    const follow = () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', read);
      read();
    };
    read();
    registration.addEventListener('updatefound', follow);
    return () => registration.removeEventListener('updatefound', follow);
  }, [registration]);
  return waiting;
}

/**
 * Reloads this tab when a new version takes control of it (whichever tab asked for the update),
 * so no tab runs old code under a new worker. The first control after a first install is not
 * an update and reloads nothing.
 */
export function useReloadOnUpdate(): void {
  useEffect(() => {
    const container = navigator.serviceWorker;
    if (!container) return;
    let controlled = container.controller !== null;
    const onChange = () => {
      if (controlled) window.location.reload();
      controlled = true;
    };
    container.addEventListener('controllerchange', onChange);
    return () => container.removeEventListener('controllerchange', onChange);
  }, []);
}

/**
 * Whether a service worker controls this page (`navigator.serviceWorker.controller`), followed
 * across `controllerchange`: only then does a reload without network find the app.
 */
export function useControlled(): boolean {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  const [controlled, setControlled] = useState(() => Boolean(container?.controller));
  useEffect(() => {
    if (!container) return;
    const read = () => setControlled(container.controller !== null);
    read();
    container.addEventListener('controllerchange', read);
    return () => container.removeEventListener('controllerchange', read);
  }, [container]);
  return controlled;
}
