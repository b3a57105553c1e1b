// Round trips per push on a real PostgreSQL server: at most 3 for a tap.
import type { Kysely } from 'kysely';
import { counterOf } from '../../src/server/db/db-handles.ts';
import { createKyselyStore } from '../../src/server/db/kysely-store.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { openPostgres } from '../../src/server/db/postgres.ts';
import { POSTGRES_TRAITS } from '../../src/server/db/postgres-store.ts';
import { freshPostgresUrls } from '../fakes/fresh-store.ts';
import { runPushStatementContract } from './push-statements.contract.ts';

const freshUrl = freshPostgresUrls('pdj_statements');

runPushStatementContract('PostgreSQL', 3, async () => {
  const db = openPostgres(await freshUrl());
  await migrateToLatest(db);
  return { store: createKyselyStore(db, POSTGRES_TRAITS), counter: counterOf(db as Kysely<never>) };
});
