// The Web Push port: the server's VAPID keys, each device's subscription, members' choices, reminders sent.
/** A VAPID key pair (RFC 8292): P-256, base64url; the public key is the uncompressed point (65 bytes). */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** One device's push subscription (the browser's PushSubscription, RFC 8030 + RFC 8291 keys). */
export interface StoredSubscription {
  deviceId: string;
  memberId: string;
  /** The push service's URL for this browser. */
  endpoint: string;
  /** The browser's P-256 public key (base64url) and 16-byte auth secret (base64url). */
  p256dh: string;
  auth: string;
  /** The device's language when it subscribed: notifications are written in it. */
  lang: string;
}

/**
 * Push state; every `now` is ISO 8601 UTC. Safe across server processes: the keys and each
 * reminder are claimed by the first writer. Only storage faults throw.
 */
export interface PushStore {
  /** The server's keys: created with `create` the first time, then always the same (first writer wins). */
  vapidKeys(create: () => VapidKeys, now: string): Promise<VapidKeys>;
  /** Saves a device's subscription (replacing its previous one, and any other device's with this endpoint). */
  saveSubscription(subscription: StoredSubscription, now: string): Promise<void>;
  subscriptionOf(deviceId: string): Promise<StoredSubscription | undefined>;
  /** Subscriptions of these members' live devices (not revoked, still bound to a client). */
  subscriptionsOf(memberIds: readonly string[]): Promise<StoredSubscription[]>;
  /** Removes the subscriptions of these devices; returns how many. */
  removeForDevices(deviceIds: readonly string[]): Promise<number>;
  /** Removes a subscription the push service says is gone (404/410); returns how many. */
  removeEndpoint(endpoint: string): Promise<number>;
  /** The kinds a member chose, or undefined when they never chose (then: all). */
  preferences(memberId: string): Promise<string[] | undefined>;
  setPreferences(memberId: string, kinds: readonly string[], now: string): Promise<void>;
  /** Records a reminder as sent; false when it already was (by this or another process). */
  claimReminder(momentId: string, memberId: string, keyMomentAt: string, now: string): Promise<boolean>;
}
