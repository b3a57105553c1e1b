// Fuzz on PostgreSQL: the same hostile requests (fewer runs: each is a network round trip to the database).
import { afterAll } from 'vitest';
import { openPostgresStore } from '../../../src/server/db/index.ts';
import type { TestDatabase } from '../../fakes/postgres.ts';
import { createTestDatabase } from '../../fakes/postgres.ts';
import { runFuzzSuite } from './fuzz.suite.ts';

let db: TestDatabase | undefined;
afterAll(async () => db?.drop());

runFuzzSuite(
  'PostgreSQL',
  async () => {
    db = await createTestDatabase('pdj_fuzz');
    return openPostgresStore(db.url);
  },
  400,
);
