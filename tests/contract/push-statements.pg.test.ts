// Round trips per push on a real PostgreSQL server: at most 3 for a tap.
import type { Kysely } from 'kysely';
import { afterAll } from 'vitest';
import { counterOf } from '../../src/server/db/db-handles.ts';
import { createKyselyStore } from '../../src/server/db/kysely-store.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { openPostgres } from '../../src/server/db/postgres.ts';
import { POSTGRES_TRAITS } from '../../src/server/db/postgres-store.ts';
import type { TestDatabase } from '../fakes/postgres.ts';
import { createTestDatabase } from '../fakes/postgres.ts';
import { runPushStatementContract } from './push-statements.contract.ts';

const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

runPushStatementContract('PostgreSQL', 3, async () => {
  const test = await createTestDatabase('pdj_statements');
  databases.push(test);
  const db = openPostgres(test.url);
  await migrateToLatest(db);
  return { store: createKyselyStore(db, POSTGRES_TRAITS), counter: counterOf(db as Kysely<never>) };
});
