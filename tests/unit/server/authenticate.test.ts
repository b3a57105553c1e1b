// authenticate: Bearer parsing, revoked devices, and last_seen_at written at most once a minute.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../../src/server/auth/authenticate.ts';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { redeemInvite } from '../../../src/server/auth/redeem.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { ApiError } from '../../../src/server/errors.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import { memberArgs } from '../../fakes/server-fixtures.ts';

let store: ServerStore;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
});
afterEach(() => store.close());

async function device(role: 'admin' | 'creator' = 'creator') {
  const member = memberArgs('Ana', role);
  await createSyncService(store, createPoker()).applyAsSystem([{ name: 'member.put', args: member }], {
    memberId: member.id,
    role: 'admin',
  });
  const { token } = await createInvite(store, member.id);
  const clientID = randomUUID();
  return {
    member,
    clientID,
    session: await redeemInvite(store, { invite: token, clientID, deviceName: 'Phone' }),
  };
}

describe('authenticate', () => {
  it('maps a token to device, client, member and current role', async () => {
    const { member, clientID, session } = await device();
    const auth = createAuthenticator(store);
    expect(await auth(`Bearer ${session.deviceToken}`)).toEqual({
      deviceId: session.deviceId,
      clientID,
      memberId: member.id,
      role: 'creator',
      // When it signed in: a tap this device claims to have made earlier is not believed.
      signedInAt: (await store.listDevices(member.id))[0]!.createdAt,
    });
  });

  it.each([undefined, '', 'Basic abc', 'Bearer', 'Bearer short', 'Bearer has spaces in it'])(
    'refuses %j with 401 unauthorized',
    async (header) => {
      const error = await createAuthenticator(store)(header).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('unauthorized');
    },
  );

  it('writes last seen at most once a minute per device', async () => {
    const { session } = await device();
    let now = Date.parse('2026-07-27T10:00:00.000Z');
    const auth = createAuthenticator(store, () => new Date(now));
    const seen = async () => (await store.listDevices())[0]!.lastSeenAt;
    await auth(`Bearer ${session.deviceToken}`);
    expect(await seen()).toBe('2026-07-27T10:00:00.000Z');
    now += 30_000;
    await auth(`Bearer ${session.deviceToken}`);
    expect(await seen()).toBe('2026-07-27T10:00:00.000Z');
    now += 30_000;
    await auth(`Bearer ${session.deviceToken}`);
    expect(await seen()).toBe('2026-07-27T10:01:00.000Z');
  });
});
