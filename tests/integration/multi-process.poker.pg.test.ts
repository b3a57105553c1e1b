// The LISTEN/NOTIFY poker: pokes cross between two pokers (as two processes), own ones are not echoed,
// and after the LISTEN connection is killed it reconnects and pokes its clients with the current version.
import { afterEach, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { createPgPoker, POKE_CHANNEL } from '../../src/server/sync/pg-poker.ts';
import type { PgPoker } from '../../src/server/sync/pg-poker.ts';
import { createTestDatabase } from '../fakes/postgres.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Waits (vi.waitFor, 15 s) until `check` holds; the error names what never came. */
async function eventually(check: () => boolean, what: string): Promise<void> {
  await vi.waitFor(
    () => {
      if (!check()) throw new Error(`timed out waiting for ${what}`);
    },
    { timeout: 15_000, interval: 20 },
  );
}

describe('PostgreSQL poker', () => {
  it('fans pokes out to the other process once, and survives a lost connection', async () => {
    const db = await createTestDatabase('pdj_poker');
    cleanups.push(() => db.drop());
    const logs: string[] = [];
    const open = (version: number) => {
      const p = createPgPoker(
        db.url,
        async () => version,
        (m) => logs.push(m),
        0, // no coalescing: a poke heard twice shows as a repeat, however fast it comes back
      );
      cleanups.push(() => p.close());
      return p;
    };
    const a: PgPoker = open(1);
    const b: PgPoker = open(41);
    await Promise.all([a.ready, b.ready]);
    const seenA: number[] = [];
    const seenB: number[] = [];
    a.subscribe((v) => seenA.push(v));
    b.subscribe((v) => seenB.push(v));

    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    cleanups.push(() => admin.end());

    a.poke(7);
    await eventually(() => seenB.includes(7), 'B to hear A’s poke');
    expect(seenA).toEqual([7]); // locally at once
    // A barrier, not a sleep: PostgreSQL hands a channel's notifications to each listener in commit
    // order, and a third party's NOTIFY of 8 commits after A's of 7 (B heard it). Once both have 8,
    // A has been handed its own 7 back and B any second copy: either would show as a repeat (no
    // coalescing here: removing the `from !== instance` check makes A see [7, 7, 8]).
    await admin.query(`select pg_notify($1, $2)`, [
      POKE_CHANNEL,
      JSON.stringify({ version: 8, from: 'test' }),
    ]);
    await eventually(() => seenA.includes(8) && seenB.includes(8), 'both to hear the third party’s poke');
    expect(seenA).toEqual([7, 8]);
    expect(seenB).toEqual([7, 8]);

    // A stranger's malformed notification on the channel is ignored.
    await admin.query(`select pg_notify($1, 'not json')`, [POKE_CHANNEL]);

    // Kill B's LISTEN connection: it reconnects, pokes its clients with the current version (41),
    // and hears A again.
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen%' and pid <> pg_backend_pid()`,
    );
    await eventually(() => seenB.includes(41), 'B to reconnect and catch up');
    expect(logs.join('\n')).toMatch(/LISTEN connection lost/);
    // Versions only grow in one database: A's next commit is above the 41 B caught up with (a
    // poker never pokes its clients back to an older version than one it already sent).
    await eventually(() => {
      a.poke(42);
      return seenB.includes(42);
    }, 'B to hear A after reconnecting');
  }, 60_000);
});
