// The Web Push tables' contract (VAPID keys, subscriptions, choices, reminders), run on SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/auth/tokens.ts';
import type { SubStores } from '../../src/server/db/port.ts';
import type { DeviceStore } from '../../src/server/db/ports/devices.ts';
import type { SyncStorage } from '../../src/server/db/ports/sync-storage.ts';
import type { OpenStore } from './server/fixtures.ts';

export function runPushStoreContract(
  name: string,
  open: OpenStore<Pick<SubStores, 'push'> & DeviceStore & SyncStorage>,
): void {
  describe(`PushStore on ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => store.close());

    /** A signed-in device of a member (subscriptions only count for live devices). */
    async function device(memberId: string) {
      const token = randomUUID();
      await store.insertInvite({
        id: randomUUID(),
        memberId,
        tokenHash: hashToken(token),
        createdAt: '2024-08-01T00:00:00.000Z',
        expiresAt: '2030-01-01T00:00:00.000Z',
        usedAt: null,
      });
      await store.write(async (s) => {
        const version = await s.bumpVersion();
        await s.writeEntities(version, [
          {
            kind: 'member',
            id: memberId,
            value: { id: memberId, name: 'Léa', role: 'creator', contact: '' },
          },
        ]);
      });
      const id = randomUUID();
      const out = await store.redeemInvite(
        hashToken(token),
        { id, name: 'phone', tokenHash: hashToken(randomUUID()), clientID: randomUUID() },
        '2024-08-01T00:00:00.000Z',
      );
      expect(out.ok).toBe(true);
      return id;
    }
    const sub = (deviceId: string, memberId: string, endpoint = `https://push.example/${deviceId}`) => ({
      deviceId,
      memberId,
      endpoint,
      p256dh: 'BPublicKey',
      auth: 'secret',
      lang: 'fr',
    });

    it('keeps the first VAPID key pair for ever', async () => {
      const first = await store.push.vapidKeys(
        () => ({ publicKey: 'pub-1', privateKey: 'priv-1' }),
        '2024-08-01T00:00:00Z',
      );
      const again = await store.push.vapidKeys(
        () => ({ publicKey: 'pub-2', privateKey: 'priv-2' }),
        '2024-08-02T00:00:00Z',
      );
      expect(first).toEqual({ publicKey: 'pub-1', privateKey: 'priv-1' });
      expect(again).toEqual(first);
    });

    it('one subscription per device, replaced; an endpoint moves to the device that saves it; revoked devices are not sent to', async () => {
      const lea = randomUUID();
      const phone = await device(lea);
      const tablet = await device(lea);
      await store.push.saveSubscription(sub(phone, lea), '2024-08-01T10:00:00.000Z');
      await store.push.saveSubscription({ ...sub(phone, lea), lang: 'en' }, '2024-08-01T11:00:00.000Z');
      await store.push.saveSubscription(
        sub(tablet, lea, 'https://push.example/shared'),
        '2024-08-01T11:00:00.000Z',
      );
      expect((await store.push.subscriptionsOf([lea])).map((s) => [s.deviceId, s.lang]).sort()).toEqual(
        [
          [phone, 'en'],
          [tablet, 'fr'],
        ].sort(),
      );
      // The same browser signed in again as the phone: the endpoint is the phone's now.
      await store.push.saveSubscription(
        sub(phone, lea, 'https://push.example/shared'),
        '2024-08-01T12:00:00.000Z',
      );
      expect(await store.push.subscriptionOf(tablet)).toBeUndefined();

      await store.push.saveSubscription(sub(tablet, lea), '2024-08-01T12:00:00.000Z');
      await store.revokeDevice(tablet, '2024-08-01T13:00:00.000Z');
      expect((await store.push.subscriptionsOf([lea])).map((s) => s.deviceId)).toEqual([phone]);
      expect(await store.push.removeEndpoint('https://push.example/shared')).toBe(1);
      expect(await store.push.removeForDevices([tablet])).toBe(1);
      expect(await store.push.subscriptionsOf([lea])).toEqual([]);
    });

    it('keeps a member’s choices, and claims each reminder once', async () => {
      const lea = randomUUID();
      expect(await store.push.preferences(lea)).toBeUndefined();
      await store.push.setPreferences(lea, ['spot', 'reminder'], '2024-08-01T00:00:00Z');
      await store.push.setPreferences(lea, ['reminder'], '2024-08-01T00:01:00Z');
      expect(await store.push.preferences(lea)).toEqual(['reminder']);
      const moment = randomUUID();
      expect(await store.push.claimReminder(moment, lea, '2024-08-04T19:50:00.000Z', 'now')).toBe(true);
      expect(await store.push.claimReminder(moment, lea, '2024-08-04T19:50:00.000Z', 'now')).toBe(false);
      // Moved: a new key moment, a new reminder.
      expect(await store.push.claimReminder(moment, lea, '2024-08-04T20:05:00.000Z', 'now')).toBe(true);
    });
  });
}
