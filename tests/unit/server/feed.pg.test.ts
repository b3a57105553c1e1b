// The schedule feed over HTTP on PostgreSQL: the same suite as on SQLite, a fresh database per test.
import { afterAll } from 'vitest';
import { openPostgresStore } from '../../../src/server/db/index.ts';
import type { TestDatabase } from '../../fakes/postgres.ts';
import { createTestDatabase } from '../../fakes/postgres.ts';
import { runFeedSuite } from './feed.suite.ts';

const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

runFeedSuite('PostgreSQL', async () => {
  const db = await createTestDatabase('pdj_feed');
  databases.push(db);
  return openPostgresStore(db.url);
});
