// Migration 0010 on a database seeded by the old demo: the job leaves `contact` for its own field, rows re-sent.
import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEntity } from '../../../src/shared/domain/entities.ts';
import { migrateToLatest } from '../../../src/server/db/migrate.ts';
import { migrationProvider } from '../../../src/server/db/migrations/index.ts';
import { splitJob } from '../../../src/server/db/migrations/0010_member_job.ts';
import type { Database } from '../../../src/server/db/schema.ts';
import { openSqlite } from '../../../src/server/db/sqlite.ts';

let db: Kysely<Database> | undefined;
const dbs = (opened: Kysely<Database>) => (db = opened);
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

const id = (n: number) => `ab000000-2024-4000-8000-${String(n).padStart(12, '0')}`;

describe('splitJob', () => {
  it.each([
    ['Photographer · +33 6 00 00 01 04', { job: 'photographer', contact: '+33 6 00 00 01 04' }],
    [
      'Video maker in Marseille · +33 6 00 00 01 09',
      { job: 'video-maker', contact: 'Marseille · +33 6 00 00 01 09' },
    ],
    [
      "Photographer in Teahupo'o · +689 87 00 01 08",
      { job: 'photographer', contact: "Teahupo'o · +689 87 00 01 08" },
    ],
    ['community manager · léa@example.org', { job: 'community-manager', contact: 'léa@example.org' }],
  ])('%s', (contact, expected) => expect(splitJob(contact)).toEqual(expected));

  it.each([
    'Head of the plan · +33 6',
    'Desk · +33 6',
    '+33 6 00 00 01 04',
    'Photographer',
    'Photographers pen · 2',
  ])('leaves "%s" alone', (contact) => expect(splitJob(contact)).toBeUndefined());
});

describe('migration 0010_member_job', () => {
  it('moves the demo’s jobs into `job`, keeps everything else, and re-sends only those rows', async () => {
    const db = openSqlite(':memory:');
    dbs(db);
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0009_push');
    if (error) throw error;
    await db.updateTable('space').set({ version: 9 }).execute();
    const rows = [
      {
        id: id(1),
        name: 'Claire Dumontel',
        role: 'planner',
        contact: 'Head of the plan · +33 6 00 00 01 01',
      },
      { id: id(4), name: 'Léa Fontanel', role: 'creator', contact: 'Photographer · +33 6 00 00 01 04' },
      {
        id: id(9),
        name: 'Julien Ferrandi',
        role: 'creator',
        contact: 'Video maker in Marseille · +33 6 00 00 01 09',
      },
    ];
    await db
      .insertInto('entities')
      .values(
        rows.map((r, i) => ({
          kind: 'member',
          id: r.id,
          data: JSON.stringify(r),
          version: i + 1,
          deleted: 0,
        })),
      )
      .execute();
    await migrateToLatest(db);

    const after = await db.selectFrom('entities').selectAll().orderBy('id').execute();
    const members = after.map((r) => parseEntity('member', JSON.parse(r.data!)));
    expect(members).toEqual([
      rows[0],
      { ...rows[1], contact: '+33 6 00 00 01 04', job: 'photographer' },
      { ...rows[2], contact: 'Marseille · +33 6 00 00 01 09', job: 'video-maker' },
    ]);
    expect(after.map((r) => Number(r.version))).toEqual([1, 10, 10]);
    expect((await db.selectFrom('space').select('version').executeTakeFirstOrThrow()).version).toBe(10);
  });
});
