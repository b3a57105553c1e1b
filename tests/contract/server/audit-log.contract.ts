// The AuditLog port's contract (ports/audit.ts): the mutation log read back, and a record's trail, rejections included.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditLog } from '../../../src/server/db/ports/audit.ts';
import type { SyncStorage } from '../../../src/server/db/ports/sync-storage.ts';
import type { OpenStore } from './fixtures.ts';
import { commit, logEntry, member, venue } from './fixtures.ts';

export function runAuditLogContract(name: string, open: OpenStore<AuditLog & SyncStorage>): void {
  describe(`AuditLog contract: ${name}`, () => {
    let store: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('[R1] logs each mutation once, read back whole or per client, args as JSON', async () => {
      await store.write(async (s) => {
        await s.logMutation(logEntry('c1', 1, { version: 1, loggedAt: '2024-08-04T20:00:00.000Z' }));
        await s.logMutation(
          logEntry('c1', 2, { status: 'rejected', reason: 'no', loggedAt: '2024-08-04T20:00:01.000Z' }),
        );
        await s.logMutation(
          logEntry('c2', 1, { status: 'rejected', reason: 'other', loggedAt: '2024-08-04T20:00:02.000Z' }),
        );
      });
      const log = await store.mutationLog('c1');
      expect(log.map((e) => [e.clientID, e.mutationID, e.status, e.version])).toEqual([
        ['c1', 1, 'applied', 1],
        ['c1', 2, 'rejected', null],
      ]);
      expect(log[0]!.args).toEqual({ any: ['json', 1] });
      expect((await store.mutationLog()).map((e) => `${e.clientID}/${e.mutationID}`)).toEqual([
        'c1/1',
        'c1/2',
        'c2/1',
      ]);
      expect(await store.mutationLog('nobody')).toEqual([]);
    });

    it("[R4] [R9] gives a record's trail newest first: its changes, the refusals aimed at it, codes and clock verdicts", async () => {
      const ana = member('Ana', 'planner');
      const stade = venue('Stade de France');
      const other = venue('Arena');
      const v1 = await commit(store, [{ kind: 'member', id: ana.id, value: ana }]);
      await store.write(async (s) => {
        const v = await s.bumpVersion();
        await s.writeEntities(v, [
          { kind: 'venue', id: stade.id, value: stade },
          { kind: 'venue', id: other.id, value: other },
        ]);
        await s.logMutation(
          logEntry('c1', 1, {
            memberId: ana.id,
            version: v,
            target: { kind: 'venue', id: stade.id },
            changes: [
              { kind: 'venue', id: stade.id, before: null, after: stade },
              { kind: 'venue', id: other.id, before: null, after: other },
            ],
          }),
        );
        await s.logMutation(
          logEntry('c1', 2, {
            memberId: ana.id,
            status: 'rejected',
            reason: 'venue.put: name is too long',
            code: 'invalid_args',
            params: { path: 'name', problem: 'too_long', limit: 120 },
            clockOff: true,
            at: '2031-01-01T00:00:00.000Z',
            target: { kind: 'venue', id: stade.id },
          }),
        );
        await s.logMutation(logEntry('c1', 3, { memberId: ana.id, target: { kind: 'venue', id: other.id } }));
      });
      expect(v1).toBe(1);
      const trail = await store.audit({ kind: 'venue', id: stade.id, limit: 10 });
      expect(trail.map((e) => [e.name, e.outcome])).toEqual([
        ['venue.put', 'rejected'],
        ['venue.put', 'applied'],
      ]);
      expect(trail[0]).toMatchObject({
        memberId: ana.id,
        memberName: 'Ana',
        reason: 'venue.put: name is too long',
        code: 'invalid_args',
        params: { path: 'name', problem: 'too_long', limit: 120 },
        clockOff: true,
        at: '2031-01-01T00:00:00.000Z',
        changes: [],
      });
      // A change to the record counts too, side effects included: `other` was written by entry 1.
      expect(trail[1]!.changes).toEqual([
        { kind: 'venue', id: stade.id, before: null, after: stade },
        { kind: 'venue', id: other.id, before: null, after: other },
      ]);
      expect((await store.audit({ kind: 'venue', id: other.id, limit: 10 })).length).toBe(2);
      expect((await store.audit({ kind: 'venue', limit: 10 })).length).toBe(3);
      expect(await store.audit({ kind: 'member', id: randomUUID(), limit: 10 })).toEqual([]);
    });

    it('[R4] bounds the trail by limit (the newest) and by since (recorded at or after)', async () => {
      await store.write(async (s) => {
        for (let i = 1; i <= 5; i++)
          await s.logMutation(logEntry('c1', i, { loggedAt: `2024-08-04T20:00:0${i}.000Z` }));
      });
      const newest = await store.audit({ limit: 2 });
      expect(newest.map((e) => e.loggedAt)).toEqual(['2024-08-04T20:00:05.000Z', '2024-08-04T20:00:04.000Z']);
      const since = await store.audit({ since: '2024-08-04T20:00:03.000Z', limit: 10 });
      expect(since.map((e) => e.loggedAt)).toEqual([
        '2024-08-04T20:00:05.000Z',
        '2024-08-04T20:00:04.000Z',
        '2024-08-04T20:00:03.000Z',
      ]);
    });

    it('[R10] keeps nothing of a transaction that rolled back', async () => {
      await expect(
        store.write(async (s) => {
          await s.logMutation(logEntry('c1', 1));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.mutationLog()).toEqual([]);
      expect(await store.audit({ limit: 10 })).toEqual([]);
    });
  });
}
