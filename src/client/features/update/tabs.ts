// How many other tabs of the app are open, asked of the service worker (it sees every window).
import type { PageMessage, TabCount } from '../../sw/protocol.ts';

/** Other open windows of the app (0 when the worker does not answer within a second). */
export function otherTabs(): Promise<number> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(0);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(0), 1_000);
    channel.port1.onmessage = (event: MessageEvent<TabCount>) => {
      clearTimeout(timer);
      resolve(Math.max(0, (event.data?.tabs ?? 1) - 1));
    };
    worker.postMessage({ type: 'COUNT_TABS' } satisfies PageMessage, [channel.port2]);
  });
}
