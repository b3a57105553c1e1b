// The ServerStore contract: every adapter (SQLite today, PostgreSQL later) must pass this same suite.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../src/shared/domain/member.ts';
import type { EntityWrite, MutationLogEntry, ServerStore } from '../../src/server/db/port.ts';

const member = (name: string, role: Member['role'] = 'creator'): Member => ({
  id: randomUUID(),
  name,
  role,
  contact: '',
});
const venue = (name: string) => ({
  id: randomUUID(),
  name,
  city: 'Paris',
  position: { lat: 48.92, lng: 2.36 },
  timeZone: 'Europe/Paris',
});
const logEntry = (
  clientID: string,
  mutationID: number,
  over: Partial<MutationLogEntry> = {},
): MutationLogEntry => ({
  clientID,
  mutationID,
  memberId: randomUUID(),
  deviceId: null,
  name: 'venue.put',
  args: { any: ['json', 1] },
  at: '2024-08-04T19:50:00.000Z',
  status: 'applied',
  reason: null,
  version: null,
  loggedAt: new Date().toISOString(),
  ...over,
});
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

export function runServerStoreContract(name: string, factory: () => Promise<ServerStore>): void {
  describe(`ServerStore contract: ${name}`, () => {
    let store: ServerStore;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    /** Writes rows in one transaction stamped with a new version, like an applied mutation. */
    async function commit(writes: EntityWrite[]) {
      return store.write(async (s) => {
        const v = await s.bumpVersion();
        await s.writeEntities(v, writes);
        return v;
      });
    }

    it('starts empty at version 0', async () => {
      expect(await store.version()).toBe(0);
      expect(await store.listEntities('member')).toEqual([]);
      expect((await store.pullSnapshot(randomUUID(), null, 0)).changes).toEqual([]);
    });

    it('bumps the version by one per call and stamps rows with it', async () => {
      const ana = member('Ana');
      const v1 = await commit([{ kind: 'member', id: ana.id, value: ana }]);
      const v2 = await commit([{ kind: 'member', id: ana.id, value: { ...ana, name: 'Ana B.' } }]);
      expect([v1, v2]).toEqual([1, 2]);
      expect(await store.version()).toBe(2);
      expect(await store.getEntity('member', ana.id)).toEqual({ ...ana, name: 'Ana B.' });
      const { changes } = await store.pullSnapshot(randomUUID(), 1, 0);
      expect(changes).toEqual([
        { kind: 'member', id: ana.id, version: 2, value: { ...ana, name: 'Ana B.' } },
      ]);
    });

    it('maps rows to domain types per kind and lists only live rows of that kind', async () => {
      const v = venue('Stade de France');
      const ana = member('Ana');
      await commit([
        { kind: 'venue', id: v.id, value: v },
        { kind: 'member', id: ana.id, value: ana },
      ]);
      expect(await store.listEntities('venue')).toEqual([v]);
      expect(await store.listEntities('member')).toEqual([ana]);
      expect(await store.getEntity('venue', ana.id)).toBeUndefined();
    });

    it('turns deletes into tombstones that a pull since an older cookie sees, and a first pull does not', async () => {
      const a = member('Ana');
      const b = member('Bruno');
      await commit([
        { kind: 'member', id: a.id, value: a },
        { kind: 'member', id: b.id, value: b },
      ]);
      await commit([{ kind: 'member', id: a.id, value: null }]);
      expect(await store.getEntity('member', a.id)).toBeUndefined();
      expect(await store.listEntities('member')).toEqual([b]);
      const since1 = await store.pullSnapshot(randomUUID(), 1, 0);
      expect(since1.changes).toEqual([{ kind: 'member', id: a.id, version: 2, value: null }]);
      const first = await store.pullSnapshot(randomUUID(), null, 0);
      expect(first.version).toBe(2);
      expect(first.changes.map((c) => c.id)).toEqual([b.id]);
      // A row can come back after its tombstone.
      await commit([{ kind: 'member', id: a.id, value: a }]);
      expect(await store.getEntity('member', a.id)).toEqual(a);
    });

    it('deleting a row that never existed leaves no tombstone', async () => {
      await commit([{ kind: 'member', id: randomUUID(), value: null }]);
      expect((await store.pullSnapshot(randomUUID(), 0, 0)).changes).toEqual([]);
    });

    it('returns nothing for a pull at the current cookie, and everything for a cookie ahead (a reset)', async () => {
      const a = member('Ana');
      await commit([{ kind: 'member', id: a.id, value: a }]);
      expect((await store.pullSnapshot(randomUUID(), 1, 0)).changes).toEqual([]);
      const ahead = await store.pullSnapshot(randomUUID(), 99, 0);
      expect(ahead.changes.map((c) => c.id)).toEqual([a.id]);
    });

    it('rolls the whole transaction back when it throws', async () => {
      const a = member('Ana');
      await expect(
        store.write(async (s) => {
          const v = await s.bumpVersion();
          await s.writeEntities(v, [{ kind: 'member', id: a.id, value: a }]);
          await s.setLastMutationID('c1', 1);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.version()).toBe(0);
      expect(await store.getEntity('member', a.id)).toBeUndefined();
      expect(await store.lastMutationID('c1')).toBe(0);
    });

    it('lets a transaction read its own writes', async () => {
      const a = member('Ana');
      const seen = await store.write(async (s) => {
        await s.writeEntities(await s.bumpVersion(), [{ kind: 'member', id: a.id, value: a }]);
        await s.setLastMutationID('c1', 1);
        return [await s.entities.get('member', a.id), await s.lastMutationID('c1')];
      });
      expect(seen).toEqual([a, 1]);
    });

    it('serialises concurrent writers: no lost version bump', async () => {
      const versions = await Promise.all(
        Array.from({ length: 20 }, () =>
          store.write(async (s) => {
            const v = await s.bumpVersion();
            await new Promise((r) => setTimeout(r, 1));
            return v;
          }),
        ),
      );
      expect([...versions].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await store.version()).toBe(20);
    });

    it("keeps each client's lastMutationID, 0 for an unknown client", async () => {
      expect(await store.lastMutationID('c1')).toBe(0);
      await store.write(async (s) => {
        await s.setLastMutationID('c1', 1);
        await s.setLastMutationID('c1', 2);
        await s.setLastMutationID('c2', 7);
      });
      expect(await store.lastMutationID('c1')).toBe(2);
      expect(await store.lastMutationID('c2')).toBe(7);
      expect((await store.pullSnapshot('c2', null, 0)).lastMutationID).toBe(7);
    });

    it('logs mutations and returns a client its rejections after the acked id only', async () => {
      await store.write(async (s) => {
        await s.logMutation(logEntry('c1', 1, { version: 1 }));
        await s.logMutation(logEntry('c1', 2, { status: 'rejected', reason: 'a creator may not venue.put' }));
        await s.logMutation(logEntry('c1', 3, { status: 'rejected', reason: 'venue x does not exist' }));
        await s.logMutation(logEntry('c2', 1, { status: 'rejected', reason: 'other client' }));
      });
      const log = await store.mutationLog('c1');
      expect(log.map((e) => [e.mutationID, e.status, e.version])).toEqual([
        [1, 'applied', 1],
        [2, 'rejected', null],
        [3, 'rejected', null],
      ]);
      expect(log[0]!.args).toEqual({ any: ['json', 1] });
      expect((await store.pullSnapshot('c1', null, 0)).rejections.map((r) => r.mutationID)).toEqual([2, 3]);
      const after2 = (await store.pullSnapshot('c1', null, 2)).rejections;
      expect(after2.map((r) => [r.mutationID, r.reason])).toEqual([[3, 'venue x does not exist']]);
      expect(await store.mutationLog()).toHaveLength(4);
    });

    it('has no write fault while writes work, and a probe write that leaves nothing behind', async () => {
      expect(store.writeFault()).toBeUndefined();
      await store.probeWrite();
      expect(store.writeFault()).toBeUndefined();
      expect(await store.version()).toBe(0);
      await store.ping();
    });

    it('runs first-start work under its lock, one caller at a time', async () => {
      const order: string[] = [];
      const step = (name: string) => async () => {
        order.push(`${name} in`);
        await commit([{ kind: 'venue', id: randomUUID(), value: venue(name) }]);
        order.push(`${name} out`);
        return name;
      };
      expect(await Promise.all([store.withStartLock(step('a')), store.withStartLock(step('b'))])).toEqual([
        'a',
        'b',
      ]);
      // Whichever goes first, the other starts only once it is done.
      const first = order[0]!.split(' ')[0];
      const second = first === 'a' ? 'b' : 'a';
      expect(order).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    });

    describe('invites and devices', () => {
      let ana: Member;
      const now = Date.parse('2026-07-26T08:00:00.000Z');
      beforeEach(async () => {
        ana = member('Ana', 'admin');
        await commit([{ kind: 'member', id: ana.id, value: ana }]);
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
        expect(await store.redeemInvite('hash-invite-1', device(randomUUID()), iso(now + 72 * HOUR))).toEqual(
          {
            ok: false,
            reason: 'expired',
          },
        );
        expect(await store.listDevices()).toEqual([]);
        expect((await store.listInvites())[0]!.usedAt).toBeNull();
      });

      it("refuses a clientID bound to another member's device, moves one of the same member", async () => {
        const clientID = randomUUID();
        await store.redeemInvite('hash-invite-1', device(clientID, 'hash-old'), iso(now));
        const bruno = member('Bruno');
        await commit([{ kind: 'member', id: bruno.id, value: bruno }]);
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

      it('refuses an invite whose member was deleted', async () => {
        await commit([{ kind: 'member', id: ana.id, value: null }]);
        expect(await store.redeemInvite('hash-invite-1', device(randomUUID()), iso(now))).toEqual({
          ok: false,
          reason: 'member_gone',
        });
      });
    });
  });
}
