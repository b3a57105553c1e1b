// sec-07: two server processes started at the same moment on an empty PostgreSQL database, several times:
// the demo is loaded once, there is one Admin member, and one admin sign-in link is printed between them.
import { describe, expect, it, vi } from 'vitest';
import { openPostgresStore } from '../../src/server/db/index.ts';
import { paris2024Demo } from '../../src/server/demo/paris2024.ts';
import { createTestDatabase } from '../fakes/postgres.ts';
import { spawnServer } from '../fakes/server-process.ts';

const ROUNDS = 3;

describe('two servers starting together on an empty PostgreSQL', () => {
  it(`seed it once and print one admin link (${ROUNDS} rounds)`, async () => {
    const demo = paris2024Demo();
    const expectedVersion = 1 + demo.members.length + demo.mutations.length;
    for (let round = 1; round <= ROUNDS; round++) {
      const db = await createTestDatabase('pdj_start');
      const env = { DATABASE_URL: db.url, DEMO: '1', DIST_DIR: 'no-dist', LOG_LEVEL: 'warn' };
      const started = await Promise.allSettled([spawnServer(env), spawnServer(env)]);
      const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        for (const s of started) if (s.status === 'rejected') throw s.reason;
        // The link is printed just after listening, and readiness answers once listening: wait for both.
        const settled = () => servers.every((s) => /#invite=|printed at|No admin|signed in/.test(s.output()));
        await vi.waitFor(
          () => {
            if (!settled())
              throw new Error(`round ${round}: no link yet:\n${servers.map((s) => s.output()).join('\n')}`);
          },
          { timeout: 20_000, interval: 100 },
        );
        const outputs = servers.map((s) => s.output()).join('\n');
        expect(outputs.match(/#invite=[\w-]+/g), `round ${round}:\n${outputs}`).toHaveLength(1);
        expect(outputs.match(/new database in/g), `round ${round}`).toHaveLength(1);

        const store = await openPostgresStore(db.url);
        try {
          const members = await store.listEntities('member');
          expect(
            members.filter((m) => m.name === 'Admin'),
            `round ${round}`,
          ).toHaveLength(1);
          expect(members).toHaveLength(1 + demo.members.length);
          expect(await store.version(), `round ${round}`).toBe(expectedVersion);
          expect(await store.listInvites()).toHaveLength(1);
        } finally {
          await store.close();
        }
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
        await db.drop();
      }
    }
  }, 300_000);
});
