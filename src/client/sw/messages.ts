// Messages from the pages: activate the waiting version (only with an empty outbox), count the open tabs.
import { hasUnsentChanges } from '../storage/outbox-peek.ts';
import type { PageMessage, TabCount, UpdateNotice } from './protocol.ts';
import { UPDATE_CHANNEL } from './protocol.ts';

declare const self: ServiceWorkerGlobalScope;

export function answerPages(): void {
  self.addEventListener('message', (event) => {
    const message = event.data as PageMessage | undefined;
    if (message?.type === 'SKIP_WAITING') {
      // Whichever tab asks, the outbox itself decides: a tap in another tab may have landed since.
      event.waitUntil(
        (async () => {
          if (await hasUnsentChanges()) {
            const channel = new BroadcastChannel(UPDATE_CHANNEL);
            channel.postMessage({ type: 'update-deferred' } satisfies UpdateNotice);
            channel.close();
            return;
          }
          await self.skipWaiting();
        })(),
      );
    } else if (message?.type === 'COUNT_TABS') {
      event.waitUntil(
        (async () => {
          const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
          event.ports[0]?.postMessage({ tabs: windows.length } satisfies TabCount);
        })(),
      );
    }
  });
}
