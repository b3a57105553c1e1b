// A notification tapped while the app is open: the worker asks the page to show the card (no reload).
import { navigate } from '../../state/route.ts';

/** Listens for the worker's `open-card` message (see sw/push-handlers.ts) and goes to its path. */
export function followCardRequests(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; url?: unknown } | null;
    if (data?.type !== 'open-card' || typeof data.url !== 'string') return;
    const url = new URL(data.url, window.location.href);
    if (url.origin === window.location.origin) navigate(url.pathname + url.hash);
  });
}
