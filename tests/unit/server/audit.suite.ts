// The audit trail over one store adapter: before/after of applied mutations, rejected ones by record, filters.
import { describe, expect, it } from 'vitest';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { access, ids, seededService } from './permissions.fixture.ts';

export function runAuditSuite(name: string, open: () => Promise<ServerStore>): void {
  describe(`audit trail: ${name}`, () => {
    async function setup() {
      const store = await open();
      return { store, ...(await seededService(store)) };
    }

    it('records who changed a record, before and after, and the refusals aimed at it', async () => {
      const { store, as } = await setup();
      try {
        const planner = as('planner');
        const hugo = as('hugo');
        expect((await planner.push('signature.update', { id: ids.image, title: 'The roar' })).outcome).toBe(
          'applied',
        );
        expect((await hugo.push('signature.advance', { id: ids.image, to: 'captured' })).outcome).toBe(
          'rejected',
        );

        const entries = await store.audit({ kind: 'signature', id: ids.image, limit: 10 });
        expect(entries.map((e) => [e.name, e.outcome])).toEqual([
          ['signature.advance', 'rejected'],
          ['signature.update', 'applied'],
          ['signature.create', 'applied'],
        ]);
        const [refused, updated] = entries;
        expect(refused).toMatchObject({
          memberId: ids.hugo,
          memberName: 'Hugo',
          deviceId: hugo.auth.deviceId,
          code: 'not_assigned',
          params: {},
          clockOff: false,
          changes: [],
        });
        expect(updated).toMatchObject({
          memberName: 'Paul',
          deviceId: planner.auth.deviceId,
          outcome: 'applied',
        });
        expect(updated!.changes).toHaveLength(1);
        expect(updated!.changes[0]).toMatchObject({
          kind: 'signature',
          id: ids.image,
          before: { title: 'The crowd rising as the winner crosses the line' },
          after: { title: 'The roar' },
        });
        // The whole row as the creation left it, rebuilt from the compact before-row (migration 0011).
        expect(updated!.changes[0]!.before).toEqual(entries[2]!.changes[0]!.after);
        expect(updated!.changes[0]!.after).toEqual({
          ...(entries[2]!.changes[0]!.after as object),
          title: 'The roar',
        });
      } finally {
        await store.close();
      }
    });

    it('lists side effects as changes of the record, leaves unchanged re-sends out, and filters', async () => {
      const { store, as } = await setup();
      try {
        // Dropping the 100 m renumbers the day: the surf final's rank changes too.
        await as('planner').push('moment.drop', { id: ids.m100 });
        const surf = await store.audit({ kind: 'moment', id: ids.surf, limit: 10 });
        expect(surf[0]).toMatchObject({ name: 'moment.drop', changes: expect.any(Array) });
        expect(surf[0]!.changes.map((c) => c.id).sort()).toEqual([ids.m100, ids.surf].sort());

        // An assignment re-sends the moment's access rows unchanged: no change listed for them.
        await as('planner').push('assignment.create', {
          id: '00000000-0000-4000-8000-000000000098',
          memberId: ids.hugo,
          momentId: ids.m100,
          note: '',
        });
        const [assigned] = await store.audit({ limit: 1 });
        expect(assigned!.changes.map((c) => c.kind)).toEqual(['assignment']);
        expect(await store.audit({ kind: 'access', id: access.id, limit: 10 })).toHaveLength(1); // its creation

        const all = await store.audit({ limit: 500 });
        expect(all.length).toBeGreaterThan(10);
        expect(await store.audit({ limit: 3 })).toEqual(all.slice(0, 3));
        const future = new Date(Date.now() + 60_000).toISOString();
        expect(await store.audit({ since: future, limit: 10 })).toEqual([]);
        const since = all[1]!.loggedAt;
        const recent = await store.audit({ since, limit: 500 });
        expect(recent.every((e) => e.loggedAt >= since)).toBe(true);
        expect(recent.length).toBeGreaterThanOrEqual(2);
      } finally {
        await store.close();
      }
    });
  });
}
