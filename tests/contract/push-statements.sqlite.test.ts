// Statements per push on SQLite (in memory): at most 4 for a tap.
import type { Kysely } from 'kysely';
import { counterOf } from '../../src/server/db/db-handles.ts';
import { createKyselyStore } from '../../src/server/db/kysely-store.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import { openSqlite } from '../../src/server/db/sqlite.ts';
import { runPushStatementContract } from './push-statements.contract.ts';

runPushStatementContract('SQLite', 4, async () => {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  return { store: createKyselyStore(db), counter: counterOf(db as Kysely<never>) };
});
