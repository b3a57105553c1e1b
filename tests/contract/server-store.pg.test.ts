// Every server port's contract on a real PostgreSQL server: a fresh database per test, the same migrations.
import { afterAll } from 'vitest';
import { openPostgresStore } from '../../src/server/db/index.ts';
import type { TestDatabase } from '../fakes/postgres.ts';
import { createTestDatabase } from '../fakes/postgres.ts';
import { runServerPortContracts } from './server/index.ts';

const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

runServerPortContracts('PostgreSQL', async () => {
  const db = await createTestDatabase('pdj_contract');
  databases.push(db);
  return openPostgresStore(db.url);
});
