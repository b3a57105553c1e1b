// The DeviceStore port's contract (ports/devices.ts): invites redeemed once, devices bound to one clientID, revocations.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/shared/domain/member.ts';
import type { DeviceStore } from '../../../src/server/db/ports/devices.ts';
import type { SyncStorage } from '../../../src/server/db/ports/sync-storage.ts';
import type { OpenStore } from './fixtures.ts';
import { commit, HOUR, iso, member } from './fixtures.ts';

export function runDeviceStoreContract(name: string, open: OpenStore<DeviceStore & SyncStorage>): void {
  describe(`DeviceStore contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    afterEach(async () => {
      await store.close();
    });
    let ana: Member;
    const now = Date.parse('2026-07-26T08:00:00.000Z');
    beforeEach(async () => {
      store = await open();
      ana = member('Ana', 'admin');
      await commit(store, [{ kind: 'member', id: ana.id, value: ana }]);
      await store.insertInvite({
        id: randomUUID(),
        memberId: ana.id,
        tokenHash: 'hash-invite-1',
        createdAt: iso(now),
        expiresAt: iso(now + 72 * HOUR),
        usedAt: null,
      });
    });
    const device = (clientID: string, tokenHash = `hash-device-${randomUUID()}`) => ({
      id: randomUUID(),
      name: "Ana's phone",
      tokenHash,
      clientID,
    });

    it('redeems an invite once: device created, bound to its client, invite used', async () => {
      const clientID = randomUUID();
      const d = device(clientID, 'hash-device-1');
      const result = await store.redeemInvite('hash-invite-1', d, iso(now + HOUR));
      expect(result).toEqual({
        ok: true,
        member: ana,
        device: expect.objectContaining({ id: d.id, memberId: ana.id, clientID, revokedAt: null }),
      });
      expect((await store.listInvites(ana.id))[0]!.usedAt).toBe(iso(now + HOUR));
      expect(await store.lastMutationID(clientID)).toBe(0);
      const found = await store.deviceByTokenHash('hash-device-1');
      expect(found).toEqual({ device: expect.objectContaining({ id: d.id, clientID }), member: ana });
      expect(await store.redeemInvite('hash-invite-1', device(randomUUID()), iso(now + 2 * HOUR))).toEqual({
        ok: false,
        reason: 'used',
      });
      expect(await store.listDevices(ana.id)).toHaveLength(1);
    });

    it('previews whom an invite signs in, writing nothing, with the same refusals as a redeem', async () => {
      expect(await store.previewInvite('hash-invite-1', iso(now + HOUR))).toEqual({
        ok: true,
        member: ana,
        expiresAt: iso(now + 72 * HOUR),
      });
      expect((await store.listInvites())[0]!.usedAt).toBeNull();
      expect(await store.listDevices()).toEqual([]);
      expect(await store.previewInvite('nope', iso(now))).toEqual({ ok: false, reason: 'unknown' });
      expect(await store.previewInvite('hash-invite-1', iso(now + 72 * HOUR))).toEqual({
        ok: false,
        reason: 'expired',
      });
      await store.redeemInvite('hash-invite-1', device(randomUUID()), iso(now + HOUR));
      expect(await store.previewInvite('hash-invite-1', iso(now + 2 * HOUR))).toEqual({
        ok: false,
        reason: 'used',
      });
    });

    it('refuses unknown and expired invites without writing anything', async () => {
      expect(await store.redeemInvite('nope', device(randomUUID()), iso(now))).toEqual({
        ok: false,
        reason: 'unknown',
      });
      expect(await store.redeemInvite('hash-invite-1', device(randomUUID()), iso(now + 72 * HOUR))).toEqual({
        ok: false,
        reason: 'expired',
      });
      expect(await store.listDevices()).toEqual([]);
      expect((await store.listInvites())[0]!.usedAt).toBeNull();
    });

    it("[R13] refuses a clientID bound to another member's device, moves one of the same member", async () => {
      const clientID = randomUUID();
      await store.redeemInvite('hash-invite-1', device(clientID, 'hash-old'), iso(now));
      const bruno = member('Bruno');
      await commit(store, [{ kind: 'member', id: bruno.id, value: bruno }]);
      const invite = (id: string, memberId: string) => ({
        id: randomUUID(),
        memberId,
        tokenHash: id,
        createdAt: iso(now),
        expiresAt: iso(now + HOUR),
        usedAt: null,
      });
      await store.insertInvite(invite('hash-bruno', bruno.id));
      expect(await store.redeemInvite('hash-bruno', device(clientID), iso(now))).toEqual({
        ok: false,
        reason: 'client_taken',
      });
      await store.insertInvite(invite('hash-ana-2', ana.id));
      const again = await store.redeemInvite('hash-ana-2', device(clientID, 'hash-new'), iso(now));
      expect(again.ok).toBe(true);
      expect((await store.deviceByTokenHash('hash-old'))!.device).toMatchObject({
        clientID: null,
        revokedAt: iso(now),
      });
      expect((await store.deviceByTokenHash('hash-new'))!.device.clientID).toBe(clientID);
    });

    it('revokes one device or all of a member, once, and touches last seen', async () => {
      const heard: string[][] = [];
      const stop = store.onRevoked((ids) => heard.push(ids));
      await store.redeemInvite('hash-invite-1', device(randomUUID(), 'hash-d1'), iso(now));
      const d1 = (await store.deviceByTokenHash('hash-d1'))!.device;
      await store.touchDevice(d1.id, iso(now + HOUR));
      expect((await store.listDevices(ana.id))[0]!.lastSeenAt).toBe(iso(now + HOUR));
      expect(await store.revokeDevice(d1.id, iso(now + 2 * HOUR))).toBe(1);
      expect(await store.revokeDevice(d1.id, iso(now + 3 * HOUR))).toBe(0);
      expect((await store.listDevices(ana.id))[0]!.revokedAt).toBe(iso(now + 2 * HOUR));
      expect(await store.revokeMemberDevices(ana.id, iso(now))).toBe(0);
      // Revocations are told to listeners (poke streams end), once, with the ids revoked.
      expect(heard).toEqual([[d1.id]]);
      stop();
    });

    it("cancels a member's unused invites and revokes all their live devices, counting each", async () => {
      await store.redeemInvite('hash-invite-1', device(randomUUID(), 'hash-d1'), iso(now));
      for (const hash of ['hash-invite-2', 'hash-invite-3'])
        await store.insertInvite({
          id: randomUUID(),
          memberId: ana.id,
          tokenHash: hash,
          createdAt: iso(now),
          expiresAt: iso(now + HOUR),
          usedAt: null,
        });
      await store.redeemInvite('hash-invite-2', device(randomUUID(), 'hash-d2'), iso(now));
      expect(await store.cancelInvites(ana.id, iso(now + 1))).toBe(1);
      expect(await store.redeemInvite('hash-invite-3', device(randomUUID()), iso(now + 2))).toEqual({
        ok: false,
        reason: 'used',
      });
      expect(await store.revokeMemberDevices(ana.id, iso(now + 3))).toBe(2);
      expect((await store.listDevices(ana.id)).map((d) => d.revokedAt)).toEqual([iso(now + 3), iso(now + 3)]);
      expect(await store.revokeMemberDevices(ana.id, iso(now + 4))).toBe(0);
    });

    it('refuses an invite whose member was deleted', async () => {
      await commit(store, [{ kind: 'member', id: ana.id, value: null }]);
      expect(await store.redeemInvite('hash-invite-1', device(randomUUID()), iso(now))).toEqual({
        ok: false,
        reason: 'member_gone',
      });
    });
  });
}
