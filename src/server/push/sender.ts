// Sends one notification with the `web-push` library: VAPID (RFC 8292), aes128gcm (RFC 8291), RFC 8030 headers.
import { createHash } from 'node:crypto';
import type { Agent } from 'node:https';
// web-push is CommonJS: its named exports are reached through the default export.
import webpush from 'web-push';
import type { VapidKeys } from '../db/ports/push.ts';
import { isAllowedEndpoint } from './hosts.ts';
import type { PushJob, SendOutcome } from './queue.ts';

export interface SenderOptions {
  vapid: VapidKeys;
  /** VAPID `sub`: a mailto: or https: URL the push service may contact (RFC 8292 §2.1). */
  subject: string;
  hosts: readonly string[];
  /** A request that has not answered after this is retried (ms; default 10 s). */
  timeoutMs?: number;
  agent?: Agent;
}

/** A send function for the queue: never throws, tells gone / retry / refused apart. */
export function createWebPushSender(options: SenderOptions): (job: PushJob) => Promise<SendOutcome> {
  return async (job) => {
    const { subscription: s, payload } = job;
    if (!isAllowedEndpoint(s.endpoint, options.hosts))
      return { ok: false, kind: 'refused', status: 0, message: 'endpoint not on a known push service' };
    try {
      const result = await webpush.sendNotification(
        { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
        JSON.stringify(payload),
        {
          vapidDetails: { subject: options.subject, ...options.vapid },
          TTL: job.ttlSeconds,
          urgency: job.urgency,
          // A newer notice of the same moment replaces one the service still holds (RFC 8030 §5.4).
          topic: topicOf(payload.tag),
          contentEncoding: 'aes128gcm',
          timeout: options.timeoutMs ?? 10_000,
          ...(options.agent ? { agent: options.agent } : {}),
        },
      );
      return { ok: true, status: result.statusCode };
    } catch (error) {
      if (!(error instanceof webpush.WebPushError))
        return { ok: false, kind: 'retry', message: error instanceof Error ? error.message : String(error) };
      const status = error.statusCode;
      if (status === 404 || status === 410) return { ok: false, kind: 'gone', status };
      if (status === 429 || status >= 500) {
        const retryAfterMs = retryAfter(error.headers as unknown as Record<string, string | undefined>);
        return {
          ok: false,
          kind: 'retry',
          status,
          message: error.body || error.message,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        };
      }
      return { ok: false, kind: 'refused', status, message: error.body || error.message };
    }
  };
}

/** A fresh VAPID key pair (P-256), base64url. */
export function generateVapidKeys(): VapidKeys {
  return webpush.generateVAPIDKeys();
}

/** RFC 8030 §5.4: at most 32 base64url characters. */
function topicOf(tag: string): string {
  return createHash('sha256').update(tag).digest('base64url').slice(0, 32);
}

/** Retry-After in seconds or an HTTP date (RFC 9110 §10.2.3), as ms from now. */
function retryAfter(headers: Record<string, string | undefined> | undefined): number | undefined {
  const value = headers?.['retry-after'];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
