// The in-process send queue: notifications leave after COMMIT, never inside a push request, with retries.
import type { PushPayload } from '../../shared/protocol/push.ts';
import type { StoredSubscription } from '../db/ports/push.ts';

/** One notification for one device. */
export interface PushJob {
  subscription: StoredSubscription;
  payload: PushPayload;
  /** How long the push service may hold it for an offline phone (RFC 8030 §5.2 TTL), seconds. */
  ttlSeconds: number;
  /** RFC 8030 §5.3: 'high' wakes a phone in battery saving. */
  urgency: 'normal' | 'high';
}

/** What the push service answered (RFC 8030 §5, §8.3). */
export type SendOutcome =
  | { ok: true; status: number }
  /** 404/410: the subscription is gone for ever: remove it. */
  | { ok: false; kind: 'gone'; status: number }
  /** Network failure, timeout, 429 or 5xx: try again later (after `retryAfterMs` when the service said). */
  | { ok: false; kind: 'retry'; status?: number; retryAfterMs?: number; message: string }
  /** Any other refusal (400, 401/403 bad VAPID, 413 too large): trying again would not help. */
  | { ok: false; kind: 'refused'; status: number; message: string };

export interface PushQueueOptions {
  send(job: PushJob): Promise<SendOutcome>;
  /** Called once for a job whose subscription is gone (404/410). */
  onGone(job: PushJob): Promise<void>;
  log?: { warn(data: object, message: string): void };
  /** Sends tried per job before it is dropped (default 5). */
  maxAttempts?: number;
  /** First retry after this (ms), doubling each time up to maxDelayMs (defaults 2 s, 5 min). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Sends in flight at once (default 4). */
  concurrency?: number;
  /** Jobs held at most; past it the oldest waiting job is dropped and logged (default 10,000). */
  maxQueued?: number;
  /** Waits `ms` (tests pass a controllable one); default setTimeout, unref'd. */
  wait?: (ms: number) => Promise<void>;
}

export interface PushQueue {
  /** Adds a job and returns at once: the caller (a push request) never waits for a send. */
  add(job: PushJob): void;
  /** Resolves when nothing is waiting, retrying or in flight. */
  idle(): Promise<void>;
  /** Stops taking and sending jobs; returns how many were dropped. */
  close(): number;
  readonly size: number;
}

interface Entry {
  job: PushJob;
  attempt: number;
}

const defaultWait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

export function createPushQueue(options: PushQueueOptions): PushQueue {
  const maxAttempts = options.maxAttempts ?? 5;
  const base = options.baseDelayMs ?? 2_000;
  const maxDelay = options.maxDelayMs ?? 5 * 60_000;
  const concurrency = options.concurrency ?? 4;
  const maxQueued = options.maxQueued ?? 10_000;
  const wait = options.wait ?? defaultWait;
  const ready: Entry[] = [];
  let inFlight = 0;
  /** Jobs sleeping before a retry. */
  let sleeping = 0;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const busy = () => ready.length + inFlight + sleeping > 0;
  const settle = () => {
    if (busy()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  function enqueue(entry: Entry) {
    if (closed) return;
    if (ready.length >= maxQueued) {
      const dropped = ready.shift()!;
      options.log?.warn(
        { endpoint: host(dropped.job), kind: dropped.job.payload.kind },
        'push queue full: dropped',
      );
    }
    ready.push(entry);
    pump();
  }

  function pump() {
    while (!closed && inFlight < concurrency && ready.length > 0) {
      const entry = ready.shift()!;
      inFlight++;
      void run(entry).finally(() => {
        inFlight--;
        pump();
        settle();
      });
    }
    settle();
  }

  async function run(entry: Entry): Promise<void> {
    let outcome: SendOutcome;
    try {
      outcome = await options.send(entry.job);
    } catch (error) {
      outcome = { ok: false, kind: 'retry', message: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) return;
    if (outcome.kind === 'gone') {
      await options
        .onGone(entry.job)
        .catch((error: unknown) =>
          options.log?.warn({ err: error }, 'push: could not remove a gone subscription'),
        );
      return;
    }
    const attempt = entry.attempt + 1;
    if (outcome.kind === 'refused' || attempt >= maxAttempts) {
      options.log?.warn(
        { endpoint: host(entry.job), status: outcome.status, attempts: attempt, reason: outcome.message },
        'push notification not delivered',
      );
      return;
    }
    const delay = Math.max(outcome.retryAfterMs ?? 0, Math.min(maxDelay, base * 2 ** (attempt - 1)));
    sleeping++;
    void wait(delay).then(() => {
      sleeping--;
      enqueue({ job: entry.job, attempt });
      settle();
    });
  }

  return {
    add: (job) => enqueue({ job, attempt: 0 }),
    idle: () => (busy() ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
    close() {
      closed = true;
      const dropped = ready.length + sleeping;
      ready.length = 0;
      return dropped;
    },
    get size() {
      return ready.length + inFlight + sleeping;
    },
  };
}

/** The push service's host only: an endpoint URL is a capability to reach one phone, never logged whole. */
function host(job: PushJob): string {
  try {
    return new URL(job.subscription.endpoint).host;
  } catch {
    return '?';
  }
}
