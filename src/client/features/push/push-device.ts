// This browser's side of Web Push: permission, PushManager subscription with the server's key, and back.
import type { PushLanguage } from '../../../shared/protocol/push.ts';
import * as api from '../../api/push.ts';

/** What this browser can do: Web Push, only once installed (iOS), or nothing. */
export type PushSupport = 'supported' | 'ios-needs-install' | 'unsupported';

export function pushSupport(): PushSupport {
  const ok = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  if (ok) return 'supported';
  // iOS gives home-screen apps Web Push (16.4+), never Safari tabs.
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
  const standalone = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
  return ios && !standalone ? 'ios-needs-install' : 'unsupported';
}

/** The VAPID public key as PushManager.subscribe() wants it (base64url → bytes). */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export type TurnOnResult =
  | { ok: true }
  | { ok: false; problem: 'denied' | 'offline' }
  | { ok: false; problem: 'subscribe' | 'refused'; message: string };

/**
 * Asks the user's permission (this must run from their tap), subscribes this browser with the
 * server's VAPID key (replacing a subscription made with another key) and gives it to the server
 * with the device's language.
 */
export async function turnOn(token: string, lang: PushLanguage): Promise<TurnOnResult> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return { ok: false, problem: 'denied' };
  const state = await api.fetchPushState(token);
  if (!state.ok)
    return state.problem === 'offline' ? state : { ok: false, problem: 'refused', message: state.message };
  let subscription: PushSubscription;
  try {
    const registration = await navigator.serviceWorker.ready;
    const key = keyBytes(state.value.publicKey);
    const existing = await registration.pushManager.getSubscription();
    if (existing && !sameKey(existing.options.applicationServerKey, key)) await existing.unsubscribe();
    subscription =
      existing && sameKey(existing.options.applicationServerKey, key)
        ? existing
        : await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  } catch (error) {
    return {
      ok: false,
      problem: 'subscribe',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const saved = await api.saveSubscription(token, subscription.toJSON(), lang);
  if (!saved.ok)
    return saved.problem === 'offline' ? saved : { ok: false, problem: 'refused', message: saved.message };
  return { ok: true };
}

/** Unsubscribes this browser and tells the server (which forgets this device's subscription). */
export async function turnOff(token: string): Promise<boolean> {
  const registration = await navigator.serviceWorker.ready;
  await (await registration.pushManager.getSubscription())?.unsubscribe();
  return (await api.deleteSubscription(token)).ok;
}

/**
 * At launch and when the language changes: gives the server this browser's current subscription
 * again (browsers may renew endpoints; notifications follow the screen's language). Quiet on failure.
 */
export async function refresh(token: string, lang: PushLanguage): Promise<boolean> {
  if (pushSupport() !== 'supported' || Notification.permission !== 'granted') return false;
  const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
  if (!subscription) return false;
  return (await api.saveSubscription(token, subscription.toJSON(), lang)).ok;
}

function sameKey(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a) return false;
  const bytes = new Uint8Array(a);
  return bytes.length === b.length && bytes.every((v, i) => v === b[i]);
}
