// Web Push for the team: subscriptions and choices, notices decided after each COMMIT, reminders, the send queue.
import type { Agent } from 'node:https';
import { PUSH_KINDS, PushPreferencesBody, PushSubscriptionBody } from '../../shared/protocol/push.ts';
import type { PushKind, PushState } from '../../shared/protocol/push.ts';
import type { SubStores } from '../db/port.ts';
import type { RowReader } from '../db/ports/rows.ts';
import type { VapidKeys } from '../db/ports/push.ts';
import { ApiError } from '../errors.ts';
import type { SyncAuth } from '../sync/auth.ts';
import type { AppliedMutation } from '../sync/service.ts';
import { parseBody } from '../sync/validate.ts';
import { NOTIFYING_KINDS, noticesFor, type Notice } from './decide.ts';
import {
  createPushQueue,
  type PushJob,
  type PushQueue,
  type PushQueueOptions,
  type SendOutcome,
} from './queue.ts';
import { dueReminders } from './reminders.ts';
import { isAllowedEndpoint } from './hosts.ts';
import { createWebPushSender, generateVapidKeys } from './sender.ts';
import { writeNotice } from './texts.ts';

/** How often the reminder pass runs (ms): a reminder leaves at most this late. */
export const REMINDER_PASS_MS = 60_000;

export interface PushOptions {
  store: RowReader & Pick<SubStores, 'push'>;
  /** VAPID subject (mailto: or https:). */
  subject: string;
  /** Push service hosts subscriptions may point at (see DEFAULT_PUSH_SERVICE_HOSTS). */
  hosts: readonly string[];
  clock?: () => Date;
  /** Replaces the web-push sender (tests); default: web-push to the subscription's endpoint. */
  send?: (job: PushJob) => Promise<SendOutcome>;
  /** TLS agent for web-push (a test push service with its own certificate authority). */
  agent?: Agent;
  queue?: Omit<PushQueueOptions, 'send' | 'onGone'>;
  log?: { warn(data: object, message: string): void; error(data: object, message: string): void };
}

export interface PushService {
  readonly publicKey: string;
  readonly queue: PushQueue;
  state(auth: SyncAuth): Promise<PushState>;
  /** Saves this device's subscription (400 for a bad body or an endpoint off the known push services). */
  subscribe(auth: SyncAuth, body: unknown): Promise<void>;
  unsubscribe(auth: SyncAuth): Promise<void>;
  setPreferences(auth: SyncAuth, body: unknown): Promise<PushKind[]>;
  /** The sync service's listener: returns at once; the decision and the sends run after. */
  applied(mutation: AppliedMutation): void;
  /** Resolves once every applied mutation handed so far has been decided and queued. */
  decided(): Promise<void>;
  /** One reminder pass now; resolves with how many reminders were queued. */
  remind(): Promise<number>;
  /** Starts the reminder pass every REMINDER_PASS_MS. */
  start(): void;
  /** Stops the pass and the queue; returns how many notifications were still waiting. */
  close(): number;
}

/** Loads (or creates, the first time) the server's VAPID keys, then returns the service. */
export async function createPushService(options: PushOptions): Promise<PushService> {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const vapid: VapidKeys = await store.push.vapidKeys(generateVapidKeys, clock().toISOString());
  const send =
    options.send ??
    createWebPushSender({
      vapid,
      subject: options.subject,
      hosts: options.hosts,
      ...(options.agent ? { agent: options.agent } : {}),
    });
  const queue = createPushQueue({
    ...options.queue,
    ...(options.log ? { log: options.log } : {}),
    send,
    onGone: async (job) => {
      await store.push.removeEndpoint(job.subscription.endpoint);
    },
  });
  let intake: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setInterval> | undefined;

  const kindsOf = async (memberId: string): Promise<PushKind[]> => {
    const chosen = await store.push.preferences(memberId);
    return chosen === undefined ? [...PUSH_KINDS] : PUSH_KINDS.filter((k) => chosen.includes(k));
  };

  /** Writes each notice in each of its member's devices' language and queues it. */
  async function deliver(notices: readonly Notice[]): Promise<number> {
    let queued = 0;
    const members = [...new Set(notices.map((n) => n.memberId))];
    const subscriptions = await store.push.subscriptionsOf(members);
    for (const memberId of members) {
      const mine = subscriptions.filter((s) => s.memberId === memberId);
      if (mine.length === 0) continue;
      const kinds = await kindsOf(memberId);
      for (const notice of notices.filter((n) => n.memberId === memberId && kinds.includes(n.kind))) {
        const moment = await store.getEntity('moment', notice.momentId);
        const venue = moment ? await store.getEntity('venue', moment.venueId) : undefined;
        const spotId = 'spotId' in notice ? notice.spotId : undefined;
        const spot = spotId ? await store.getEntity('spot', spotId) : await mySpot(memberId, notice.momentId);
        const now = clock().getTime();
        // Worth delivering while the moment is still ahead (and half an hour after it).
        const until = moment ? Date.parse(moment.keyMomentAt) + 30 * 60_000 : now + 3_600_000;
        const ttlSeconds = Math.min(28 * 86_400, Math.max(60, Math.round((until - now) / 1000)));
        for (const subscription of mine) {
          const payload = writeNotice(
            notice,
            subscription.lang === 'fr' ? 'fr' : 'en',
            { moment, venue, spot },
            now,
          );
          queue.add({
            subscription,
            payload,
            ttlSeconds,
            urgency: notice.kind === 'assignment' ? 'normal' : 'high',
          });
          queued++;
        }
      }
    }
    return queued;
  }

  async function mySpot(memberId: string, momentId: string) {
    const mine = (await store.listEntities('assignment')).find(
      (a) => a.memberId === memberId && a.momentId === momentId && a.spotId,
    );
    return mine?.spotId ? store.getEntity('spot', mine.spotId) : undefined;
  }

  async function decide(mutation: AppliedMutation): Promise<void> {
    const assignments = await store.listEntities('assignment');
    const needsSpots = mutation.changes.some((c) => c.kind === 'access');
    const spots = new Map(needsSpots ? (await store.listEntities('spot')).map((s) => [s.id, s]) : []);
    const notices = noticesFor(mutation.memberId, mutation.changes, {
      assignments,
      spot: (id) => spots.get(id),
    });
    if (notices.length) await deliver(notices);
  }

  async function remind(): Promise<number> {
    const now = clock();
    const [moments, assignments] = await Promise.all([
      store.listEntities('moment'),
      store.listEntities('assignment'),
    ]);
    const due = dueReminders(now.getTime(), moments, assignments);
    const claimed: Notice[] = [];
    for (const notice of due) {
      if (notice.kind !== 'reminder') continue;
      if (!(await kindsOf(notice.memberId)).includes('reminder')) continue;
      if ((await store.push.subscriptionsOf([notice.memberId])).length === 0) continue;
      if (
        await store.push.claimReminder(
          notice.momentId,
          notice.memberId,
          notice.keyMomentAt,
          now.toISOString(),
        )
      )
        claimed.push(notice);
    }
    return claimed.length ? deliver(claimed) : 0;
  }

  const fail = (error: unknown, message: string) => options.log?.error({ err: error }, message);

  return {
    publicKey: vapid.publicKey,
    queue,

    async state(auth) {
      return {
        publicKey: vapid.publicKey,
        subscribed: auth.deviceId ? (await store.push.subscriptionOf(auth.deviceId)) !== undefined : false,
        kinds: await kindsOf(auth.memberId),
      };
    },

    async subscribe(auth, body) {
      const s = parseBody(PushSubscriptionBody, body);
      if (!auth.deviceId) throw new ApiError(403, 'forbidden', 'only a signed-in device can subscribe');
      if (!isAllowedEndpoint(s.endpoint, options.hosts))
        throw new ApiError(
          400,
          'invalid_body',
          `endpoint: ${new URL(s.endpoint).hostname} is not a known push service (PUSH_SERVICE_HOSTS)`,
        );
      await store.push.saveSubscription(
        {
          deviceId: auth.deviceId,
          memberId: auth.memberId,
          endpoint: s.endpoint,
          p256dh: s.keys.p256dh,
          auth: s.keys.auth,
          lang: s.lang,
        },
        clock().toISOString(),
      );
    },

    async unsubscribe(auth) {
      if (auth.deviceId) await store.push.removeForDevices([auth.deviceId]);
    },

    async setPreferences(auth, body) {
      const { kinds } = parseBody(PushPreferencesBody, body);
      const ordered = PUSH_KINDS.filter((k) => kinds.includes(k));
      await store.push.setPreferences(auth.memberId, ordered, clock().toISOString());
      return ordered;
    },

    applied(mutation) {
      // Signature taps (most of a Games day) concern nobody here: no read at all.
      if (!mutation.changes.some((c) => NOTIFYING_KINDS.has(c.kind))) return;
      intake = intake
        .then(() => decide(mutation))
        .catch((error: unknown) => fail(error, 'push: deciding failed'));
    },

    decided: () => intake,

    remind,

    start() {
      if (timer) return;
      timer = setInterval(() => {
        void remind().catch((error: unknown) => fail(error, 'push: reminder pass failed'));
      }, REMINDER_PASS_MS);
      timer.unref();
    },

    close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      return queue.close();
    },
  };
}
