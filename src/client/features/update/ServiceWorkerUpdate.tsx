// Registers the service worker and offers a waiting new version, never while changes are unsent.
/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useLocalStore, usePendingMutations } from '../../storage/index.ts';
import { UpdateBanner } from '../../ui/UpdateBanner.tsx';

/** How often an installed app looks for a new version (a phone may stay open all day). */
const CHECK_EVERY_MS = 30 * 60_000;

export function ServiceWorkerUpdate() {
  const store = useLocalStore();
  const pending = usePendingMutations();
  const {
    needRefresh: [needRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), CHECK_EVERY_MS);
    },
  });

  async function update() {
    // The button is disabled while changes wait, but a tap may have landed since the last render:
    // ask the outbox itself before activating the new worker (which reloads the page).
    if ((await store.pending(1)).length > 0) return;
    await updateServiceWorker(true);
  }

  return (
    <UpdateBanner
      needRefresh={needRefresh}
      offlineReady={offlineReady}
      pendingCount={pending?.length}
      onUpdate={() => void update()}
      onDismissOfflineReady={() => setOfflineReady(false)}
    />
  );
}
