// How many statements a push costs (PostgreSQL: round trips), counted by the store's own counter: a tap must stay within the goal of #13.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedIfEmpty } from '../../src/server/bootstrap.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import type { StatementCounter } from '../../src/server/db/sql-exec.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import type { SyncAuth } from '../../src/server/sync/auth.ts';
import { createPoker } from '../../src/server/sync/poke.ts';
import { createSyncService } from '../../src/server/sync/service.ts';
import type { SyncService } from '../../src/server/sync/service.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/version.ts';

export interface CountedStore {
  store: ServerStore;
  /** The store's statement counter (its `trace` lists each statement's text). */
  counter: StatementCounter;
}

/**
 * `limit`: the most statements (round trips) one push may cost, whatever its size: SQLite 4
 * (begin, the opening read, the flush, commit), PostgreSQL 3 (BEGIN + lock + read, flush, COMMIT).
 */
export function runPushStatementContract(
  name: string,
  limit: number,
  factory: () => Promise<CountedStore>,
): void {
  describe(`statements per push: ${name}`, () => {
    let opened: CountedStore;
    let sync: SyncService;
    let auth: SyncAuth;
    let images: string[];
    beforeEach(async () => {
      opened = await factory();
      sync = createSyncService(opened.store, createPoker());
      const seed = await seedIfEmpty(opened.store, paris2024Demo);
      images = (await opened.store.listEntities('signature')).map((s) => s.id);
      const member = { id: randomUUID(), name: 'Desk', role: 'editor' as const, contact: '' };
      await sync.applyAsSystem([{ name: 'member.put', args: member }], {
        memberId: seed.admin!.id,
        role: 'admin',
      });
      auth = { deviceId: randomUUID(), clientID: randomUUID(), memberId: member.id, role: 'editor' };
    });
    afterEach(async () => {
      await opened.store.close();
    });

    const notes = (first: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: first + i,
        name: 'signature.note',
        args: { id: images[(first + i) % images.length]!, note: `note ${first + i}` },
        at: new Date().toISOString(),
      }));

    /** Runs `push` and returns the texts of the statements it ran. */
    const counted = async (push: () => Promise<unknown>) => {
      const texts: string[] = [];
      opened.counter.trace = (text) => texts.push(text.replace(/\s+/g, ' ').slice(0, 90));
      const before = opened.counter.statements;
      await push();
      opened.counter.trace = undefined;
      expect(opened.counter.statements - before).toBe(texts.length);
      return texts;
    };
    const push = (mutations: ReturnType<typeof notes>) =>
      sync.push(auth, { schemaVersion: PROTOCOL_VERSION, clientID: auth.clientID, mutations });

    it(`[R1] a tap costs at most ${limit}, its retry as many and writes nothing`, async () => {
      const version = await opened.store.version();
      const tap = notes(1, 1);
      let answer: unknown;
      const texts = await counted(async () => (answer = await push(tap)));
      expect(answer).toMatchObject({ results: [{ id: 1, outcome: 'applied' }] });
      expect(texts.length, texts.join('\n')).toBeLessThanOrEqual(limit);
      expect(await opened.store.version()).toBe(version + 1);
      expect((await opened.store.getEntity('signature', images[1]!))?.note).toBe('note 1');
      expect(await opened.store.lastMutationID(auth.clientID)).toBe(1);
      const audit = await opened.store.audit({ kind: 'signature', id: images[1]!, limit: 5 });
      expect(audit[0]).toMatchObject({ name: 'signature.note', outcome: 'applied' });
      expect(audit[0]?.changes).toMatchObject([{ kind: 'signature', after: { note: 'note 1' } }]);

      const retry = await counted(async () => (answer = await push(tap)));
      expect(answer).toMatchObject({ results: [{ id: 1, outcome: 'skipped' }] });
      expect(retry.length, retry.join('\n')).toBeLessThanOrEqual(limit);
      expect(await opened.store.version()).toBe(version + 1);
      expect(await opened.store.mutationLog(auth.clientID)).toHaveLength(1);
    });

    it(`a push of 50 costs no more than a tap: at most ${limit}`, async () => {
      const version = await opened.store.version();
      const texts = await counted(() => push(notes(1, 50)));
      expect(texts.length, texts.join('\n')).toBeLessThanOrEqual(limit);
      expect(await opened.store.version()).toBe(version + 50);
      expect(await opened.store.lastMutationID(auth.clientID)).toBe(50);
      expect((await opened.store.getEntity('signature', images[50 % images.length]!))?.note).toBe('note 50');
    });
  });
}
