// HTTP sign-in and access: redeem (valid, reused, expired, unknown), /me, 401 and 403 on sync routes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol/version.ts';
import { startTestServer } from '../../fakes/server.ts';
import type { TestServer } from '../../fakes/server.ts';
import { pullBody } from '../../fakes/server-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ distDir: '/nonexistent' });
});
afterAll(() => server.close());

const redeem = (body: unknown) =>
  server.app.inject({ method: 'POST', url: '/api/auth/redeem', payload: body as object });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('POST /api/auth/redeem', () => {
  it('gives a device token bound to the member and the client, once', async () => {
    const invite = await server.invite('Ana', 'planner');
    const clientID = randomUUID();
    const res = await redeem({ invite, clientID, deviceName: 'Pixel 8' });
    expect(res.statusCode).toBe(200);
    const session = res.json();
    expect(session).toEqual({
      deviceToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      deviceId: expect.any(String),
      member: { id: expect.any(String), name: 'Ana', role: 'planner' },
    });
    const me = await server.app.inject({ url: '/api/auth/me', headers: bearer(session.deviceToken) });
    expect(me.json()).toEqual({ deviceId: session.deviceId, clientID, member: session.member });

    const again = await redeem({ invite, clientID: randomUUID(), deviceName: 'Other phone' });
    expect([again.statusCode, again.json().error]).toEqual([401, 'invite_invalid']);
    expect(again.json().message).toMatch(/already used/);
  });

  it('refuses an expired invite and an unknown one', async () => {
    const ana = await server.signIn('Ana', 'creator');
    const old = await createInvite(server.store, ana.member.id, 1, new Date(Date.now() - 2 * 3_600_000));
    const expired = await redeem({ invite: old.token, clientID: randomUUID(), deviceName: 'Phone' });
    expect([expired.statusCode, expired.json().error]).toEqual([401, 'invite_invalid']);
    expect(expired.json().message).toMatch(/expired/);
    const unknown = await redeem({ invite: 'x'.repeat(43), clientID: randomUUID(), deviceName: 'Phone' });
    expect([unknown.statusCode, unknown.json().error]).toEqual([401, 'invite_invalid']);
    expect(unknown.json().message).toMatch(/does not exist/);
  });

  it('names the bad field of a malformed redeem', async () => {
    const res = await redeem({ invite: 'x'.repeat(43), clientID: 'not-a-uuid', deviceName: '' });
    expect([res.statusCode, res.json().error]).toEqual([400, 'invalid_body']);
    expect(res.json().message).toMatch(/clientID: must be a UUID/);
    expect(res.json().message).toMatch(/deviceName/);
  });
});

describe('POST /api/auth/invite', () => {
  const preview = (body: unknown) =>
    server.app.inject({ method: 'POST', url: '/api/auth/invite', payload: body as object });

  it('names the member and role of a sign-in link without using it', async () => {
    const invite = await server.invite('Nora Vasselin', 'creator');
    const res = await preview({ invite });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      member: { name: 'Nora Vasselin', role: 'creator' },
      expiresAt: expect.any(String),
    });
    // Still unused: the device signs in with it afterwards, and then the preview refuses it.
    expect((await redeem({ invite, clientID: randomUUID(), deviceName: 'Phone' })).statusCode).toBe(200);
    const used = await preview({ invite });
    expect([used.statusCode, used.json().error]).toEqual([401, 'invite_invalid']);
    expect(used.json().message).toMatch(/already used/);
  });

  it('refuses an unknown link and names a malformed body', async () => {
    const unknown = await preview({ invite: 'y'.repeat(43) });
    expect([unknown.statusCode, unknown.json().error]).toEqual([401, 'invite_invalid']);
    const bad = await preview({ invite: 42 });
    expect([bad.statusCode, bad.json().error]).toEqual([400, 'invalid_body']);
    expect(bad.json().message).toMatch(/invite/);
  });
});

describe('access to sync routes', () => {
  const pull = (headers: Record<string, string>, body: unknown) =>
    server.app.inject({ method: 'POST', url: '/api/sync/pull', headers, payload: body as object });

  it('answers 401 unauthorized without a token or with an unknown one, before reading the body', async () => {
    const none = await pull({}, pullBody(randomUUID()));
    expect([none.statusCode, none.json().error]).toEqual([401, 'unauthorized']);
    const unknown = await pull(bearer('A'.repeat(43)), pullBody(randomUUID()));
    expect([unknown.statusCode, unknown.json().error]).toEqual([401, 'unauthorized']);
    const garbage = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect([garbage.statusCode, garbage.json().error]).toEqual([401, 'unauthorized']);
  });

  it('answers 403 unknown_client for another clientID and 401 device_revoked once revoked', async () => {
    const session = await server.signIn('Bruno', 'editor');
    const other = await pull(bearer(session.deviceToken), pullBody(randomUUID()));
    expect([other.statusCode, other.json().error]).toEqual([403, 'unknown_client']);
    const me = (
      await server.app.inject({ url: '/api/auth/me', headers: bearer(session.deviceToken) })
    ).json();
    expect((await pull(bearer(session.deviceToken), pullBody(me.clientID))).statusCode).toBe(200);

    await server.store.revokeDevice(session.deviceId, new Date().toISOString());
    const revoked = await pull(bearer(session.deviceToken), pullBody(me.clientID));
    expect([revoked.statusCode, revoked.json().error]).toEqual([401, 'device_revoked']);
    const meRevoked = await server.app.inject({ url: '/api/auth/me', headers: bearer(session.deviceToken) });
    expect(meRevoked.statusCode).toBe(401);
  });

  it('refuses a clientID already bound to another member at redeem', async () => {
    const first = await server.signIn('Chloé', 'creator');
    const me = (await server.app.inject({ url: '/api/auth/me', headers: bearer(first.deviceToken) })).json();
    const invite = await server.invite('David', 'creator');
    const res = await redeem({ invite, clientID: me.clientID, deviceName: 'Phone' });
    expect([res.statusCode, res.json().error]).toEqual([403, 'unknown_client']);
  });
});

describe('GET /api/health', () => {
  it('answers without a token', async () => {
    const res = await server.app.inject({ url: '/api/health' });
    expect(res.json()).toMatchObject({ ok: true, protocolVersion: PROTOCOL_VERSION });
  });
});
