// The send queue: retries with backoff (or Retry-After), 404/410 remove, other refusals drop; a push never waits.
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { PushJob, SendOutcome } from '../../../src/server/push/queue.ts';
import { createPushQueue } from '../../../src/server/push/queue.ts';
import { createPushService } from '../../../src/server/push/service.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import { seedIfEmpty } from '../../../src/server/bootstrap.ts';
import { paris2024Demo, DEMO_IDS } from '../../../src/server/demo/paris2024.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';

const job = (name = 'a'): PushJob => ({
  subscription: {
    deviceId: name,
    memberId: 'm',
    endpoint: `https://push.example/${name}`,
    p256dh: 'k',
    auth: 'a',
    lang: 'en',
  },
  payload: { v: 1, kind: 'spot', title: 't', body: 'b', url: '/me', tag: 'x', lang: 'en', at: 0 },
  ttlSeconds: 60,
  urgency: 'high',
});

describe('createPushQueue', () => {
  it('retries with doubling waits, honouring Retry-After, then delivers once', async () => {
    const outcomes: SendOutcome[] = [
      { ok: false, kind: 'retry', message: 'ECONNRESET' },
      { ok: false, kind: 'retry', status: 429, retryAfterMs: 30_000, message: 'slow down' },
      { ok: true, status: 201 },
    ];
    const waits: number[] = [];
    const send = vi.fn(async () => outcomes.shift()!);
    const queue = createPushQueue({
      send,
      onGone: vi.fn(),
      baseDelayMs: 1000,
      wait: async (ms) => void waits.push(ms),
    });
    queue.add(job());
    await queue.idle();
    expect(send).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([1000, 30_000]);
  });

  it('removes a gone subscription (404/410) once, and drops a refused or exhausted job with a log line', async () => {
    const onGone = vi.fn(async () => {});
    const warn = vi.fn();
    const send = vi.fn(async (j: PushJob): Promise<SendOutcome> => {
      if (j.subscription.deviceId === 'gone') return { ok: false, kind: 'gone', status: 410 };
      if (j.subscription.deviceId === 'bad')
        return { ok: false, kind: 'refused', status: 403, message: 'bad jwt' };
      return { ok: false, kind: 'retry', status: 503, message: 'down' };
    });
    const queue = createPushQueue({ send, onGone, maxAttempts: 3, wait: async () => {}, log: { warn } });
    queue.add(job('gone'));
    queue.add(job('bad'));
    queue.add(job('down'));
    await queue.idle();
    expect(onGone).toHaveBeenCalledTimes(1);
    expect(send.mock.calls.filter(([j]) => j.subscription.deviceId === 'down')).toHaveLength(3);
    expect(warn.mock.calls.map(([data]) => (data as { status: number }).status).sort()).toEqual([403, 503]);
    // The endpoint is a capability: only its host is logged.
    expect(JSON.stringify(warn.mock.calls)).not.toContain('https://push.example/');
  });

  it('holds at most maxQueued jobs, dropping the oldest waiting one', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sent: string[] = [];
    const queue = createPushQueue({
      send: async (j) => {
        await gate;
        sent.push(j.subscription.deviceId);
        return { ok: true, status: 201 };
      },
      onGone: vi.fn(),
      concurrency: 1,
      maxQueued: 2,
      log: { warn: vi.fn() },
    });
    for (const name of ['1', '2', '3', '4']) queue.add(job(name));
    release();
    await queue.idle();
    expect(sent).toEqual(['1', '3', '4']);
  });
});

describe('the push service and the sync service', () => {
  it('answers a push before any notification is sent (sending never blocks it)', async () => {
    const store = await openSqliteStore(':memory:');
    const sync = createSyncService(store, createPoker());
    const seeded = await seedIfEmpty(store, paris2024Demo);
    let sends = 0;
    const pending = new Promise<SendOutcome>(() => {}); // a push service that never answers
    const push = await createPushService({
      store,
      subject: 'mailto:ops@example.org',
      hosts: ['push.example'],
      send: () => {
        sends++;
        return pending;
      },
    });
    sync.onApplied((m) => push.applied(m));
    const device = { id: randomUUID(), name: 'Léa', tokenHash: randomUUID(), clientID: randomUUID() };
    const { token } = await import('../../../src/server/auth/invites.ts').then((m) =>
      m.createInvite(store, DEMO_IDS.members.creatorLea),
    );
    const { hashToken } = await import('../../../src/server/auth/tokens.ts');
    await store.redeemInvite(hashToken(token), device, new Date().toISOString());
    await store.push.saveSubscription(
      {
        deviceId: device.id,
        memberId: DEMO_IDS.members.creatorLea,
        endpoint: 'https://push.example/lea',
        p256dh: 'k',
        auth: 'a',
        lang: 'en',
      },
      new Date().toISOString(),
    );
    const lea = (await store.listEntities('assignment')).find(
      (a) => a.memberId === DEMO_IDS.members.creatorLea && a.spotId,
    )!;
    const spot = (await store.getEntity('spot', lea.spotId!))!;
    const answer = await sync.applyAsSystem(
      [{ name: 'spot.update', args: { id: spot.id, label: `${spot.label} (moved)` } }],
      { memberId: seeded.admin!.id, role: 'admin' },
    );
    expect(answer.results[0]).toMatchObject({ outcome: 'applied' });
    await push.decided();
    expect(sends).toBe(1);
    expect(push.queue.size).toBe(1); // still in flight: the push answered long before
    expect(push.close()).toBe(0);
    await store.close();
  });

  it('sends a reminder 30 minutes before the key moment, once, in the device’s language', async () => {
    const store = await openSqliteStore(':memory:');
    await seedIfEmpty(store, paris2024Demo);
    const lea = (await store.listEntities('assignment')).find(
      (a) => a.memberId === DEMO_IDS.members.creatorLea,
    )!;
    const moment = (await store.getEntity('moment', lea.momentId))!;
    let now = new Date(Date.parse(moment.keyMomentAt) - 20 * 60_000);
    const sent: PushJob[] = [];
    const push = await createPushService({
      store,
      subject: 'mailto:ops@example.org',
      hosts: ['push.example'],
      clock: () => now,
      send: async (j) => {
        sent.push(j);
        return { ok: true, status: 201 };
      },
    });
    const { createInvite } = await import('../../../src/server/auth/invites.ts');
    const { hashToken } = await import('../../../src/server/auth/tokens.ts');
    const { token } = await createInvite(store, lea.memberId);
    const device = { id: randomUUID(), name: 'Léa', tokenHash: randomUUID(), clientID: randomUUID() };
    await store.redeemInvite(hashToken(token), device, now.toISOString());
    await store.push.saveSubscription(
      {
        deviceId: device.id,
        memberId: lea.memberId,
        endpoint: 'https://push.example/lea',
        p256dh: 'k',
        auth: 'a',
        lang: 'fr',
      },
      now.toISOString(),
    );
    expect(await push.remind()).toBe(1);
    await push.queue.idle();
    expect(sent[0]!.payload).toMatchObject({
      kind: 'reminder',
      title: `Dans 20\u00a0min\u00a0: ${moment.title}`,
    });
    now = new Date(now.getTime() + 60_000);
    expect(await push.remind()).toBe(0); // the same key moment is reminded once, across passes and processes
    push.close();
    await store.close();
  });
});
