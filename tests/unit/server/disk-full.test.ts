// sec-06 in process: SQLite made "full" with PRAGMA max_page_count (a real SQLITE_FULL): the push answers a
// clear 503 with Retry-After, the log names SQLITE_FULL, /api/ready answers 503 until writes work again,
// nothing acknowledged is lost; a first-start seed that does not fit leaves the database empty.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { seedIfEmpty } from '../../../src/server/bootstrap.ts';
import { createKyselyStore } from '../../../src/server/db/kysely-store.ts';
import { migrateToLatest } from '../../../src/server/db/migrate.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import type { Database } from '../../../src/server/db/schema.ts';
import { openSqlite } from '../../../src/server/db/sqlite.ts';
import { paris2024Demo } from '../../../src/server/demo/paris2024.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { AT, ids, seededService } from './permissions.fixture.ts';
import { WIRE } from '../../fakes/wire.ts';

const cleanups: (() => Promise<unknown>)[] = [];
// Stopping server processes and removing big files takes a while on a loaded machine.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

/** A store on a file whose connection we keep, to cap its size. */
async function cappedStore(): Promise<{ db: Kysely<Database>; store: ServerStore }> {
  const dir = await mkdtemp(join(tmpdir(), 'pdj-full-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const db = openSqlite(dir);
  await migrateToLatest(db);
  const store = createKyselyStore(db);
  cleanups.push(() => store.close());
  return { db, store };
}

/** From now on the database may not grow by more than `pages` pages: the next writes that need more fail. */
async function capAt(db: Kysely<Database>, pages: number | null) {
  if (pages === null) return void (await sql`pragma max_page_count = 1073741823`.execute(db));
  const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db);
  await sql.raw(`pragma max_page_count = ${rows[0]!.page_count + pages}`).execute(db);
}

describe('a full disk under a running server (SQLite)', () => {
  it('answers pushes 503 with Retry-After, is not ready, recovers, and loses nothing acknowledged', async () => {
    const { db, store } = await cappedStore();
    const { sync } = await seededService(store);
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = buildApp(
      { distDir: '/nonexistent', logger: { level: 'info', stream } },
      { store, sync, poker: createPoker() },
    );
    cleanups.push(() => app.close());
    const { token } = await createInvite(store, ids.planner);
    const clientID = randomUUID();
    const session = await app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { invite: token, clientID, deviceName: 'laptop' },
    });
    const auth = { authorization: `Bearer ${session.json().deviceToken}` };
    const push = (id: number) =>
      app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth,
        payload: {
          ...WIRE,
          clientID,
          mutations: [
            { id, name: 'signature.note', args: { id: ids.image, note: `${id} ${'n'.repeat(400)}` }, at: AT },
          ],
        },
      });

    await capAt(db, 8);
    let acknowledged = 0;
    let refused;
    for (let id = 1; id <= 200 && !refused; id++) {
      const res = await push(id);
      if (res.statusCode === 200) {
        expect(res.json().results[0].outcome).toBe('applied');
        acknowledged = id;
      } else refused = res;
    }
    expect(refused, 'the capped database never filled').toBeDefined();
    expect(refused!.statusCode).toBe(503);
    expect(refused!.json()).toMatchObject({
      error: 'unavailable',
      message: expect.stringContaining('SQLITE_FULL'),
    });
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    const log = lines.join('');
    expect(log).toMatch(/database failed: SQLITE_FULL/);
    expect(log).not.toMatch(/cannot rollback/);

    // Not ready while writes fail; reads still work.
    const ready = await app.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().message).toContain('SQLITE_FULL');
    expect(ready.headers['retry-after']).toBeDefined();
    const pull = await app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: auth,
      payload: { ...WIRE, clientID, cookie: null, ackedMutationID: 0 },
    });
    expect(pull.statusCode).toBe(200);
    expect(pull.json().lastMutationID).toBe(acknowledged);

    // Space again: ready, and the phone's retry goes through.
    await capAt(db, null);
    expect((await app.inject({ url: '/api/ready' })).statusCode).toBe(200);
    expect(store.writeFault()).toBeUndefined();
    const retried = await push(acknowledged + 1);
    expect(retried.statusCode).toBe(200);
    expect(await store.lastMutationID(clientID)).toBe(acknowledged + 1);
    expect((await store.getEntity('signature', ids.image))?.note).toMatch(
      new RegExp(`^${acknowledged + 1} `),
    );
    const applied = (await store.mutationLog(clientID)).filter((e) => e.status === 'applied');
    expect(applied.map((e) => e.mutationID)).toEqual(
      Array.from({ length: acknowledged + 1 }, (_, i) => i + 1),
    );
  });

  it('leaves no half-seeded database when the first start runs out of space', async () => {
    const { db, store } = await cappedStore();
    await capAt(db, 20);
    await expect(seedIfEmpty(store, paris2024Demo)).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    expect(await store.version()).toBe(0);
    expect(await store.listEntities('member')).toEqual([]);
    expect(await store.mutationLog()).toEqual([]);

    await capAt(db, null);
    const seed = await seedIfEmpty(store, paris2024Demo);
    expect(seed).toMatchObject({ seeded: true, rejected: [] });
    const demo = paris2024Demo();
    expect(await store.version()).toBe(1 + demo.members.length + demo.mutations.length);
  });
});
