// The ServerStore contract on a real PostgreSQL server: a fresh database per test, the same migrations.
import { afterAll } from 'vitest';
import { openPostgresStore } from '../../src/server/db/index.ts';
import type { TestDatabase } from '../fakes/postgres.ts';
import { createTestDatabase } from '../fakes/postgres.ts';
import { runServerStoreContract } from './server-store.contract.ts';
import { runPushStoreContract } from './push-store.contract.ts';

const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

runServerStoreContract('PostgreSQL', async () => {
  const db = await createTestDatabase('pdj_contract');
  databases.push(db);
  return openPostgresStore(db.url);
});

runPushStoreContract('PostgreSQL', async () => {
  const db = await createTestDatabase('pdj_push');
  databases.push(db);
  return openPostgresStore(db.url);
});
