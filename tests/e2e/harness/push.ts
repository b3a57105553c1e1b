// Web Push in headless Chromium: the one part it lacks (a push service), and CDP to deliver and read back.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../../../src/server/db/sqlite.ts';
import type { StandInSubscription } from '../../fakes/push-service.ts';

/**
 * Headless Chromium has no push service (PushManager.subscribe() fails: "Registration failed"),
 * so this context's PushManager hands out `subscription`, made by the stand-in push service of
 * the test: the app's own opt-in code, permission request and server calls run unchanged, and the
 * server's web-push sends reach the stand-in, which checks and decrypts them.
 */
export async function usePushService(
  context: BrowserContext,
  subscription: StandInSubscription,
): Promise<void> {
  await context.addInitScript((sub: StandInSubscription) => {
    let current: PushSubscription | null = null;
    const make = (key: BufferSource | null): PushSubscription =>
      ({
        endpoint: sub.endpoint,
        expirationTime: null,
        options: { applicationServerKey: key, userVisibleOnly: true },
        getKey: () => null,
        toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }),
        unsubscribe: async () => {
          current = null;
          return true;
        },
      }) as unknown as PushSubscription;
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      current = make((options?.applicationServerKey as BufferSource | undefined) ?? null);
      return current;
    };
    PushManager.prototype.getSubscription = async function () {
      return current;
    };
  }, subscription);
}

/** The service worker registration of the page's origin, as CDP names it. */
export async function registrationId(cdp: CDPSession, origin: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on(
      'ServiceWorker.workerRegistrationUpdated',
      (event: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
        const mine = event.registrations.find((r) => r.scopeURL.startsWith(origin) && !r.isDeleted);
        if (mine) resolve(mine.registrationId);
      },
    );
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

/** Hands a push message's (decrypted) data to the worker, as the browser does when one arrives. */
export async function deliverPush(cdp: CDPSession, origin: string, registration: string, data: string) {
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin: `${origin}/`,
    registrationId: registration,
    data,
  });
}

export interface ShownNotification {
  title: string;
  body: string;
  tag: string;
  data: { url?: string } | null;
}

/** The notifications the origin's worker shows now (`registration.getNotifications()` in the worker). */
export async function shownNotifications(context: BrowserContext): Promise<ShownNotification[]> {
  // The newest handle: a worker stopped when idle and started again by a push is a new one.
  const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    // In the worker: `self.registration` (typed here with the DOM's ServiceWorkerRegistration).
    const registration = (self as unknown as { registration: ServiceWorkerRegistration }).registration;
    const list = await registration.getNotifications();
    return list.map((n: Notification) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      data: n.data as { url?: string } | null,
    }));
  });
}

/** This device's push subscription as the server stored it (undefined once removed). */
export function storedSubscription(
  dataDir: string,
  deviceId: string,
): { endpoint: string; lang: string } | undefined {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT endpoint, lang FROM push_subscriptions WHERE device_id = ?').get(deviceId) as
      { endpoint: string; lang: string } | undefined;
  } finally {
    db.close();
  }
}

/** A page of the context that is not the app (no app window open): CDP needs a target to talk through. */
export async function blankPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('about:blank');
  return page;
}
