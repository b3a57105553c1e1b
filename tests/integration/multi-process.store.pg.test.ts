// Two stores on one PostgreSQL database (as two server processes have): writers serialise before they
// read, versions follow commit order, and a pull never sees half of a commit or misses a lower version.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Venue } from '../../src/shared/domain/edition.ts';
import { openPostgresStore } from '../../src/server/db/index.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import { createTestDatabase } from '../fakes/postgres.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function twoProcesses(): Promise<[ServerStore, ServerStore]> {
  const db = await createTestDatabase('pdj_order');
  cleanups.push(() => db.drop());
  const a = await openPostgresStore(db.url);
  const b = await openPostgresStore(db.url);
  cleanups.push(
    () => a.close(),
    () => b.close(),
  );
  return [a, b];
}

const venue = (id: string, name: string): Venue => ({
  id,
  name,
  city: 'Paris',
  position: { lat: 48.85, lng: 2.35 },
  timeZone: 'Europe/Paris',
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PostgreSQL: writers of two processes', () => {
  it('never lose an update: the second writer reads what the first committed', async () => {
    const [a, b] = await twoProcesses();
    const id = randomUUID();
    await a.write(async (s) =>
      s.writeEntities(await s.bumpVersion(), [{ kind: 'venue', id, value: venue(id, 'x') }]),
    );

    // Read-modify-write in both processes at once; the first holds its transaction open a while.
    const append = (store: ServerStore, suffix: string, holdMs: number) =>
      store.write(async (s) => {
        const current = (await s.entities.get('venue', id))!;
        await sleep(holdMs);
        const version = await s.bumpVersion();
        await s.writeEntities(version, [
          { kind: 'venue', id, value: { ...current, name: current.name + suffix } },
        ]);
        return version;
      });
    const first = append(a, 'A', 300);
    await sleep(50);
    const second = append(b, 'B', 0);
    expect([await first, await second]).toEqual([2, 3]);
    expect((await a.getEntity('venue', id))?.name).toBe('xAB');
  });

  it('a pull sees a commit whole or not at all, and a cookie never skips a later commit', async () => {
    const [a, b] = await twoProcesses();
    const [v1, v2] = [randomUUID(), randomUUID()];
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const writing = a.write(async (s) => {
      const version = await s.bumpVersion();
      await s.writeEntities(version, [{ kind: 'venue', id: v1, value: venue(v1, 'first') }]);
      await held;
      await s.writeEntities(version, [{ kind: 'venue', id: v2, value: venue(v2, 'second') }]);
    });
    await sleep(100);
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
