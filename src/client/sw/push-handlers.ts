// What the worker does with a push message and a tap on its notification, over narrow interfaces
// (tested without a worker): show it unless the app is on screen; a tap opens the card it names.
import type { PushPayload } from '../../shared/protocol/push.ts';

/** The parts of a window client the handlers use (WindowClient). */
export interface WindowLike {
  url: string;
  visibilityState: string;
  focus(): Promise<unknown>;
  navigate?(url: string): Promise<unknown>;
  postMessage(message: unknown): void;
}

/** The parts of `self.clients` the handlers use (Clients). */
export interface ClientsLike {
  matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowLike[]>;
  openWindow(url: string): Promise<unknown>;
}

/** The parts of `self.registration` the push handler uses. */
export interface RegistrationLike {
  showNotification(title: string, options: NotificationShape): Promise<void>;
}

/** The notification options we set (a subset of the Notifications API's NotificationOptions). */
export interface NotificationShape {
  body: string;
  tag: string;
  /** Alert again when it replaces an older notification of the same moment. */
  renotify: boolean;
  data: { url: string };
  icon: string;
  badge: string;
  lang: string;
  timestamp: number;
}

/** Sent to the open pages instead of a notification while the app is on screen. */
export interface PushSeen {
  type: 'push-seen';
  payload: PushPayload;
}

/** The payload, or null when it is not one of ours (a version this worker does not know, junk). */
export function readPayload(text: string | undefined, fallbackLanguage: string): PushPayload | null {
  if (text === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const p = value as Partial<PushPayload> | null;
  if (!p || p.v !== 1 || typeof p.title !== 'string' || typeof p.body !== 'string') return null;
  return {
    v: 1,
    kind: p.kind ?? 'assignment',
    title: p.title,
    body: p.body,
    url: typeof p.url === 'string' ? p.url : '/me',
    tag: typeof p.tag === 'string' ? p.tag : 'plan-de-jeu',
    lang: p.lang === 'fr' || p.lang === 'en' ? p.lang : fallbackLanguage.startsWith('fr') ? 'fr' : 'en',
    at: typeof p.at === 'number' ? p.at : Date.now(),
  };
}

/**
 * Handles one push message. While a window of the app is visible the user already sees the
 * change (sync pulls on the poke): the pages are told and nothing is shown. Otherwise the
 * notification is shown; a message we cannot read still shows a generic one, since a push the
 * user cannot see is what browsers punish (userVisibleOnly).
 */
export async function handlePush(
  text: string | undefined,
  clients: ClientsLike,
  registration: RegistrationLike,
  language: string,
): Promise<'shown' | 'on-screen'> {
  const payload = readPayload(text, language);
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const onScreen = windows.filter((w) => w.visibilityState === 'visible');
  if (payload && onScreen.length > 0) {
    for (const w of onScreen) w.postMessage({ type: 'push-seen', payload } satisfies PushSeen);
    return 'on-screen';
  }
  const fr = (payload?.lang ?? language).startsWith('fr');
  const shown = payload ?? {
    title: 'Plan de jeu',
    body: fr ? 'Votre plan a changé\u202f: ouvrez l’app.' : 'Your plan changed: open the app.',
    tag: 'plan-de-jeu',
    url: '/me',
    lang: fr ? 'fr' : 'en',
    at: Date.now(),
  };
  await registration.showNotification(shown.title, {
    body: shown.body,
    tag: shown.tag,
    renotify: true,
    data: { url: shown.url },
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    lang: shown.lang,
    timestamp: shown.at,
  });
  return 'shown';
}

/** The card a notification opens: its own path on this origin, else "my day". */
export function cardUrl(data: unknown, origin: string): string {
  const url = (data as { url?: unknown } | null)?.url;
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//'))
    return new URL('/me', origin).href;
  const target = new URL(url, origin);
  return target.origin === origin ? target.href : new URL('/me', origin).href;
}

/**
 * A tap on a notification: an open window of the app is focused and taken to the card (a hash
 * change in the same app, no reload when it is already there); with none, a new window opens on it.
 */
export async function openCard(clients: ClientsLike, url: string): Promise<'focused' | 'opened'> {
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const origin = new URL(url).origin;
  const own =
    windows.find((w) => w.url.startsWith(origin) && w.visibilityState === 'visible') ??
    windows.find((w) => w.url.startsWith(origin));
  if (own) {
    await own.focus();
    const navigated = own.navigate ? await own.navigate(url).catch(() => null) : null;
    if (!navigated) own.postMessage({ type: 'open-card', url });
    return 'focused';
  }
  await clients.openWindow(url);
  return 'opened';
}
