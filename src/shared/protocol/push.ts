// Web Push between the phone and the server: the kinds a member may choose, the subscription, the payload.
import { z } from 'zod';

/**
 * What a member may be notified of: assignment (added to or removed from a moment), moment
 * (my moment moved or cancelled), spot (my spot moved or changed), access (access to my spot
 * granted or refused), reminder (30 minutes before my key moment).
 */
export const PUSH_KINDS = ['assignment', 'moment', 'spot', 'access', 'reminder'] as const;
export const PushKind = z.enum(PUSH_KINDS);
export type PushKind = z.infer<typeof PushKind>;

/** Languages a notification is written in (the device's, sent with its subscription). */
export const PushLanguage = z.enum(['fr', 'en']);
export type PushLanguage = z.infer<typeof PushLanguage>;

const base64url = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { error: 'must be base64url' });

/**
 * PUT /api/push/subscription: the browser's PushSubscription.toJSON() (W3C Push API) and the
 * device's language. `p256dh` is the P-256 public key (65 bytes → 87 chars), `auth` the 16-byte
 * secret (22 chars), both base64url (RFC 8291 §3).
 */
export const PushSubscriptionBody = z
  .object({
    endpoint: z.url({ protocol: /^https$/, error: 'must be an https URL' }).max(2048),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({ p256dh: base64url(80, 100), auth: base64url(16, 32) }).strict(),
    lang: PushLanguage,
  })
  .strict();
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionBody>;

/** PUT /api/push/preferences: the kinds the member wants (the others are not sent to any of their devices). */
export const PushPreferencesBody = z.object({ kinds: z.array(PushKind).max(PUSH_KINDS.length) }).strict();

/** GET /api/push: the server's VAPID public key, this device's state and the member's choices. */
export interface PushState {
  /** base64url, uncompressed P-256 point: the `applicationServerKey` of PushManager.subscribe(). */
  publicKey: string;
  /** This device has a subscription on the server. */
  subscribed: boolean;
  kinds: PushKind[];
}

/**
 * The JSON a notification carries (encrypted, RFC 8291) to the service worker, already in the
 * device's language. `url` is the card to open on tap (same origin), `tag` groups notices of
 * one moment (a newer one replaces the older on the phone).
 */
export interface PushPayload {
  v: 1;
  kind: PushKind;
  title: string;
  body: string;
  url: string;
  tag: string;
  lang: PushLanguage;
  /** When the server decided it (ms since the epoch). */
  at: number;
}
