// Web Push over HTTP against a stand-in push service that checks VAPID and decrypts (RFC 8291/8292).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { DEMO_IDS } from '../../../src/server/demo/paris2024.ts';
import type { PushPayload } from '../../../src/shared/protocol/push.ts';
import { startPushService, type StandInPushService } from '../../fakes/push-service.ts';
import { startTestServer, type TestServer } from '../../fakes/server.ts';

let server: TestServer;
let service: StandInPushService;

beforeAll(async () => {
  service = await startPushService();
  server = await startTestServer({
    demo: true,
    push: { subject: 'mailto:ops@example.org', hosts: ['127.0.0.1'], agent: service.agent },
  });
});
afterAll(async () => {
  await server.close();
  await service.close();
});

const T = DEMO_IDS.members;

/** Signs an existing demo member in over HTTP, as their phone would. */
async function device(memberId: string) {
  const { token } = await createInvite(server.store, memberId);
  const clientID = randomUUID();
  const res = await fetch(`${server.url}/api/auth/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite: token, clientID, deviceName: `device of ${memberId}` }),
  });
  const session = (await res.json()) as { deviceToken: string; deviceId: string };
  let next = 1;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${session.deviceToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    ...session,
    call,
    async mutate(name: string, args: unknown) {
      const res = await call('POST', '/api/sync/push', {
        schemaVersion: 2,
        clientID,
        mutations: [{ id: next++, name, args, at: new Date().toISOString() }],
      });
      const body = (await res.json()) as { results: { outcome: string; reason?: string }[] };
      expect(body.results[0]).toMatchObject({ outcome: 'applied' });
    },
  };
}

async function theosSpot() {
  const mine = (await server.store.listEntities('assignment')).find(
    (a) => a.memberId === T.creatorTheo && a.spotId,
  )!;
  return { spot: (await server.store.getEntity('spot', mine.spotId!))!, momentId: mine.momentId };
}

const settled = async () => {
  await server.push!.decided();
  await server.push!.queue.idle();
};

describe('Web Push to a creator whose spot moves', () => {
  it('sends the planner’s move, signed with the server’s VAPID key and encrypted for the phone, in its language', async () => {
    const theo = await device(T.creatorTheo);
    const state = (await (await theo.call('GET', '/api/push')).json()) as {
      publicKey: string;
      subscribed: boolean;
    };
    expect(state).toMatchObject({ subscribed: false });
    expect(Buffer.from(state.publicKey, 'base64url')).toHaveLength(65);

    const subscription = service.subscribe('theo-phone');
    expect((await theo.call('PUT', '/api/push/subscription', { ...subscription, lang: 'fr' })).status).toBe(
      200,
    );
    expect(await (await theo.call('GET', '/api/push')).json()).toMatchObject({ subscribed: true });

    const claire = await device(T.plannerClaire);
    const { spot, momentId } = await theosSpot();
    const moment = (await server.store.getEntity('moment', momentId))!;
    await claire.mutate('spot.update', {
      id: spot.id,
      camera: { lat: spot.camera.lat + 0.001, lng: spot.camera.lng },
      description: 'Quai de la Tournelle, steps by the bridge',
    });

    const [message] = await service.waitFor('theo-phone');
    expect(message!.vapidKey).toBe(state.publicKey);
    expect(message!.claims).toMatchObject({ aud: service.origin, sub: 'mailto:ops@example.org' });
    expect(message!.urgency).toBe('high');
    expect(message!.topic).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(message!.ttl).toBeGreaterThan(0);
    const payload = JSON.parse(message!.text) as PushPayload;
    expect(payload).toMatchObject({
      v: 1,
      kind: 'spot',
      lang: 'fr',
      title: `Votre spot a bougé\u00a0: ${moment.title}`,
      body: `${spot.label}\u00a0: Quai de la Tournelle, steps by the bridge`,
      url: `/me#moment-${momentId}`,
      tag: `moment-${momentId}`,
    });
    expect(service.refused).toEqual([]);
  });

  it('never tells the member who made the change, nor a kind the member turned off', async () => {
    const { spot } = await theosSpot();
    const before = service.received.length;
    const theo = await device(T.creatorTheo);
    await theo.call('PUT', '/api/push/subscription', { ...service.subscribe('theo-2'), lang: 'en' });
    expect(
      await (await theo.call('PUT', '/api/push/preferences', { kinds: ['reminder', 'moment'] })).json(),
    ).toEqual({
      kinds: ['moment', 'reminder'],
    });
    const claire = await device(T.plannerClaire);
    await claire.call('PUT', '/api/push/subscription', { ...service.subscribe('claire'), lang: 'en' });
    await claire.mutate('spot.update', { id: spot.id, label: 'Police boat, aft deck' });
    await settled();
    expect(service.received.length).toBe(before);
    await theo.call('PUT', '/api/push/preferences', {
      kinds: ['assignment', 'moment', 'spot', 'access', 'reminder'],
    });
  });

  it('retries after a 503 and removes a subscription the push service says is gone (410)', async () => {
    const { spot } = await theosSpot();
    const theo = await device(T.creatorTheo);
    await theo.call('PUT', '/api/push/subscription', { ...service.subscribe('retry'), lang: 'en' });
    service.answer('retry', [503]);
    const claire = await device(T.plannerClaire);
    await claire.mutate('spot.update', { id: spot.id, label: 'Police boat, bow' });
    const [message] = await service.waitFor('retry', 1, 20_000);
    expect(JSON.parse(message!.text)).toMatchObject({
      kind: 'spot',
      lang: 'en',
      title: expect.stringMatching(/^Your spot changed: /),
    });

    service.answer('retry', [410]);
    await claire.mutate('spot.update', { id: spot.id, label: 'Police boat, stern' });
    await settled();
    expect(await server.store.push.subscriptionOf(theo.deviceId)).toBeUndefined();
    expect(await (await theo.call('GET', '/api/push')).json()).toMatchObject({ subscribed: false });
  });

  it('refuses a subscription off the known push services, or not https, naming the field', async () => {
    const theo = await device(T.creatorTheo);
    const sub = service.subscribe('x');
    const off = await theo.call('PUT', '/api/push/subscription', {
      ...sub,
      endpoint: 'https://internal.example.net/admin',
      lang: 'en',
    });
    expect(off.status).toBe(400);
    expect(await off.json()).toMatchObject({
      error: 'invalid_body',
      message: expect.stringMatching(/^endpoint: internal\.example\.net is not a known push service/),
    });
    const http = await theo.call('PUT', '/api/push/subscription', {
      ...sub,
      endpoint: 'http://127.0.0.1/x',
      lang: 'en',
    });
    expect(await http.json()).toMatchObject({
      error: 'invalid_body',
      message: expect.stringMatching(/^endpoint:/),
    });
    const lang = await theo.call('PUT', '/api/push/subscription', { ...sub, lang: 'de' });
    expect(await lang.json()).toMatchObject({
      error: 'invalid_body',
      message: expect.stringMatching(/^lang:/),
    });
    const kinds = await theo.call('PUT', '/api/push/preferences', { kinds: ['everything'] });
    expect(kinds.status).toBe(400);
    expect((await fetch(`${server.url}/api/push`)).status).toBe(401);
  });

  it('removes the device’s subscription when an admin revokes it from the team routes', async () => {
    const theo = await device(T.creatorTheo);
    await theo.call('PUT', '/api/push/subscription', { ...service.subscribe('revoked'), lang: 'en' });
    const admin = await device(server.adminId);
    const res = await admin.call('POST', `/api/team/devices/${theo.deviceId}/revoke`);
    expect(await res.json()).toEqual({ revoked: 1 });
    expect(await server.store.push.subscriptionOf(theo.deviceId)).toBeUndefined();
    expect((await theo.call('GET', '/api/push')).status).toBe(401);
  });
});
