// The schedule feed over HTTP on SQLite (a file, as in production).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import { runFeedSuite } from './feed.suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdj-feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runFeedSuite('SQLite', () => {
  const data = join(dir, `plan-${++n}`);
  mkdirSync(data);
  return openSqliteStore(data);
});
