// Migrations 0005 and 0006 on a database written before them: oversized rejected args cut to the marker,
// and rows with a line break in a single-line field repaired and re-sent (a new version), notes untouched.
import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEntity } from '../../../src/shared/domain/entities.ts';
import { MAX_STORED_ARGS_BYTES } from '../../../src/shared/protocol/limits.ts';
import { migrateToLatest } from '../../../src/server/db/migrate.ts';
import { migrationProvider } from '../../../src/server/db/migrations/index.ts';
import type { Database } from '../../../src/server/db/schema.ts';
import { openSqlite } from '../../../src/server/db/sqlite.ts';
import { ids } from './permissions.fixture.ts';

let db: Kysely<Database>;
afterEach(async () => {
  await db.destroy();
});

/** A database as 0004 left it, with the rows an older server accepted. */
async function before0005() {
  db = openSqlite(':memory:');
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0004_calendar');
  if (error) throw error;
  await db.updateTable('space').set({ version: 7 }).execute();
  const moment = {
    id: ids.m100,
    editionId: ids.olympic,
    venueId: ids.stade,
    day: '2024-08-04',
    title: "Men's 100 m\r\nfinal",
    sport: 'Athletics\t',
    why: { kind: 'iconic', text: 'The fastest\nten seconds' },
    keyMomentAt: '2024-08-04T19:50:00.000Z',
    rank: 1,
    status: 'chosen',
    angles: { sport: 'lane 4\tstart', site: 'the roof', public: 'the stands' },
  };
  const member = { id: ids.lea, name: 'Léa', role: 'creator', contact: '+33 6\n00' };
  await db
    .insertInto('entities')
    .values([
      { kind: 'moment', id: moment.id, data: JSON.stringify(moment), version: 3, deleted: 0 },
      { kind: 'member', id: member.id, data: JSON.stringify(member), version: 4, deleted: 0 },
      {
        kind: 'member',
        id: ids.hugo,
        data: JSON.stringify({ ...member, id: ids.hugo, contact: '' }),
        version: 5,
        deleted: 0,
      },
    ])
    .execute();
  const log = (mutationID: number, args: unknown, status: 'applied' | 'rejected') => ({
    client_id: 'c1',
    mutation_id: mutationID,
    member_id: ids.hugo,
    device_id: null,
    name: 'signature.note',
    args: JSON.stringify(args),
    at: '2024-08-04T19:50:00.000Z',
    status,
    reason: status === 'rejected' ? 'note: too big' : null,
    version: null,
    logged_at: '2024-08-04T19:50:01.000Z',
  });
  await db
    .insertInto('mutation_log')
    .values([
      log(1, { id: ids.image, note: 'x'.repeat(1_000_000) }, 'rejected'),
      log(2, { id: ids.image, note: 'small' }, 'rejected'),
    ])
    .execute();
}

describe('migrations 0005 and 0006', () => {
  it('cut old oversized rejected args to the marker and leave small ones as they were', async () => {
    await before0005();
    await migrateToLatest(db);
    const rows = await db
      .selectFrom('mutation_log')
      .select(['mutation_id', 'args', 'code'])
      .orderBy('mutation_id')
      .execute();
    const big = JSON.parse(rows[0]!.args);
    expect(big.$truncated.bytes).toBeGreaterThan(1_000_000);
    expect(rows[0]!.args.length).toBeLessThan(MAX_STORED_ARGS_BYTES);
    expect(JSON.parse(rows[1]!.args)).toEqual({ id: ids.image, note: 'small' });
    expect(rows.map((r) => r.code)).toEqual([null, null]);
  });

  it('repair line breaks in single-line fields, keep those of notes, and re-send what changed', async () => {
    await before0005();
    await migrateToLatest(db);
    const rows = await db.selectFrom('entities').selectAll().orderBy('id').execute();
    const byId = new Map(rows.map((r) => [`${r.kind}/${r.id}`, r]));
    const moment = byId.get(`moment/${ids.m100}`)!;
    const repaired = parseEntity('moment', JSON.parse(moment.data!));
    expect(repaired).toMatchObject({
      title: "Men's 100 m final",
      sport: 'Athletics',
      why: { text: 'The fastest\nten seconds' },
      angles: { sport: 'lane 4 start' },
    });
    expect(parseEntity('member', JSON.parse(byId.get(`member/${ids.lea}`)!.data!)).contact).toBe('+33 6 00');
    // One new version for the repaired rows, so every device pulls them; the untouched row keeps its own.
    const { version } = await db.selectFrom('space').select('version').executeTakeFirstOrThrow();
    expect(version).toBe(8);
    expect([
      moment.version,
      byId.get(`member/${ids.lea}`)!.version,
      byId.get(`member/${ids.hugo}`)!.version,
    ]).toEqual([8, 8, 5]);
  });
});
