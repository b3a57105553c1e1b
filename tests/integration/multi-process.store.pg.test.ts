// Two stores on one PostgreSQL database (as two server processes have): writers serialise before they
// read, versions follow commit order, and a pull never sees half of a commit or misses a lower version.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Venue } from '../../src/shared/domain/edition.ts';
import { openPostgresStore } from '../../src/server/db/index.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import { createTestDatabase } from '../fakes/postgres.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function twoProcesses(): Promise<[ServerStore, ServerStore, string]> {
  const db = await createTestDatabase('pdj_order');
  cleanups.push(() => db.drop());
  const a = await openPostgresStore(db.url);
  const b = await openPostgresStore(db.url);
  cleanups.push(
    () => a.close(),
    () => b.close(),
  );
  return [a, b, db.url];
}

/** How many sessions of this database wait on a lock now (pg_stat_activity), seen from a third connection. */
async function lockWaiters(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

const venue = (id: string, name: string): Venue => ({
  id,
  name,
  city: 'Paris',
  position: { lat: 48.85, lng: 2.35 },
  timeZone: 'Europe/Paris',
});

describe('PostgreSQL: writers of two processes', () => {
  it('never lose an update: the second writer reads what the first committed', async () => {
    const [a, b, url] = await twoProcesses();
    const id = randomUUID();
    await a.write(async (s) =>
      s.writeEntities(await s.bumpVersion(), [{ kind: 'venue', id, value: venue(id, 'x') }]),
    );

    // Read-modify-write in both processes at once; the first holds its transaction open until the
    // second is seen queued on PostgreSQL's lock (a condition, not a sleep).
    let entered: () => void = () => {};
    const inFirst = new Promise<void>((r) => (entered = r));
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const append = (store: ServerStore, suffix: string, hold: boolean) =>
      store.write(async (s) => {
        const current = (await s.entities.get('venue', id))!;
        if (hold) {
          entered();
          await gate;
        }
        const version = await s.bumpVersion();
        await s.writeEntities(version, [
          { kind: 'venue', id, value: { ...current, name: current.name + suffix } },
        ]);
        return version;
      });
    const first = append(a, 'A', true);
    await inFirst;
    const second = append(b, 'B', false);
    await vi.waitFor(async () => expect(await lockWaiters(url)).toBe(1), { timeout: 15_000, interval: 20 });
    release();
    expect([await first, await second]).toEqual([2, 3]);
    expect((await a.getEntity('venue', id))?.name).toBe('xAB');
  });

  it('a pull sees a commit whole or not at all, and a cookie never skips a later commit', async () => {
    const [a, b] = await twoProcesses();
    const [v1, v2] = [randomUUID(), randomUUID()];
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let midway: () => void = () => {};
    const halfWritten = new Promise<void>((r) => (midway = r));
    const writing = a.write(async (s) => {
      const version = await s.bumpVersion();
      await s.writeEntities(version, [{ kind: 'venue', id: v1, value: venue(v1, 'first') }]);
      midway();
      await held;
      await s.writeEntities(version, [{ kind: 'venue', id: v2, value: venue(v2, 'second') }]);
    });
    await halfWritten;
    // Mid-commit, the other process sees nothing of it.
    const during = await b.pullSnapshot(randomUUID(), 0, 0);
    expect([during.version, during.changes]).toEqual([0, []]);
    release();
    await writing;
    const after = await b.pullSnapshot(randomUUID(), during.version, 0);
    expect(after.version).toBe(1);
    expect(after.changes.map((c) => c.id).sort()).toEqual([v1, v2].sort());
  });
});
