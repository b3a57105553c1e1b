// Web Push in the worker: `push` shows the server's notice unless the app is on screen; a tap opens its card.
import { cardUrl, handlePush, openCard } from './push-handlers.ts';
import type { ClientsLike } from './push-handlers.ts';

declare const self: ServiceWorkerGlobalScope;

export function showPushes(): void {
  const clients = self.clients as unknown as ClientsLike;
  self.addEventListener('push', (event) => {
    event.waitUntil(handlePush(event.data?.text(), clients, self.registration, self.navigator.language));
  });
  self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    event.waitUntil(openCard(clients, cardUrl(event.notification.data, self.location.origin)));
  });
}
