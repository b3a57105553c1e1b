// The stored rejections contract (rules: rejections keep their code; a device's stored rejections are bounded):
// the SyncStorage and AuditLog ports' part of R4, which every adapter must pass.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_STORED_REJECTIONS } from '../../src/shared/protocol/limits.ts';
import type { AuditLog } from '../../src/server/db/ports/audit.ts';
import type { MutationLogEntry, SyncStorage } from '../../src/server/db/ports/sync-storage.ts';
import type { OpenStore } from './server/fixtures.ts';
import { logEntry } from './server/fixtures.ts';

/** A rejected `signature.note` by default (the shape every case starts from). */
const entry = (clientID: string, mutationID: number, over: Partial<MutationLogEntry> = {}) =>
  logEntry(clientID, mutationID, {
    name: 'signature.note',
    args: { id: randomUUID(), note: `note ${mutationID}` },
    status: 'rejected',
    reason: 'you are not assigned to this moment',
    code: 'not_assigned',
    params: {},
    ...over,
  });

export function runRejectionStoreContract(name: string, factory: OpenStore<SyncStorage & AuditLog>): void {
  describe(`stored rejections: ${name}`, () => {
    let store: Awaited<ReturnType<typeof factory>>;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    it('[R4] [R9] keeps the code, params and clock verdict of a rejection, for the log, the pull and the audit', async () => {
      const target = { kind: 'signature' as const, id: randomUUID() };
      await store.write(async (s) => {
        await s.logMutation(
          entry('c1', 1, {
            code: 'invalid_args',
            params: { path: 'sessions.3.startsAt', problem: 'too_long', limit: 200 },
            clockOff: true,
            target,
          }),
        );
        await s.logMutation(
          entry('c1', 2, { status: 'applied', reason: null, code: null, params: null, version: 1 }),
        );
      });
      const [logged] = await store.mutationLog('c1');
      expect(logged).toMatchObject({
        code: 'invalid_args',
        params: { path: 'sessions.3.startsAt', problem: 'too_long', limit: 200 },
        clockOff: true,
      });
      const [pulled] = (await store.pullSnapshot('c1', null, 0)).rejections;
      expect(pulled).toMatchObject({ mutationID: 1, code: 'invalid_args', params: { limit: 200 } });
      const [audited] = await store.audit({ ...target, limit: 5 });
      expect(audited).toMatchObject({ outcome: 'rejected', code: 'invalid_args', clockOff: true });
      expect((await store.mutationLog('c1'))[1]).toMatchObject({ code: null, params: null, clockOff: false });
    });

    it(`[R4] keeps at most ${MAX_STORED_REJECTIONS} rejections per client, the oldest merged into one counted entry`, async () => {
      const extra = 5;
      await store.write(async (s) => {
        await s.logMutation(entry('c1', 1, { status: 'applied', reason: null, code: null, version: 1 }));
        for (let id = 2; id <= MAX_STORED_REJECTIONS + extra + 1; id++) await s.logMutation(entry('c1', id));
        await s.logMutation(entry('c2', 1));
      });
      const rejections = (await store.pullSnapshot('c1', null, 0)).rejections;
      expect(rejections).toHaveLength(MAX_STORED_REJECTIONS);
      // Ids 2..(2+extra-1) are gone; the next one stands for them and itself.
      const [marker, next] = rejections;
      expect(marker).toMatchObject({
        mutationID: extra + 2,
        code: 'rejections_dropped',
        params: { count: extra + 1 },
        args: null,
      });
      expect(next).toMatchObject({ mutationID: extra + 3, code: 'not_assigned' });
      // A marker absorbs the next drop: it stands for every rejection dropped so far.
      await store.write((s) => s.logMutation(entry('c1', MAX_STORED_REJECTIONS + extra + 2)));
      const [merged] = (await store.pullSnapshot('c1', null, 0)).rejections;
      expect(merged).toMatchObject({
        mutationID: extra + 3,
        code: 'rejections_dropped',
        params: { count: extra + 2 },
      });
      // A client that had seen those ids never sees the marker; other clients and applied entries are untouched.
      expect((await store.pullSnapshot('c1', null, extra + 3)).rejections[0]!.code).toBe('not_assigned');
      expect((await store.pullSnapshot('c2', null, 0)).rejections).toHaveLength(1);
      expect((await store.mutationLog('c1')).filter((e) => e.status === 'applied')).toHaveLength(1);
    });
  });
}
