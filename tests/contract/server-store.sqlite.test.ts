// The ServerStore contract on SQLite, in memory and on disk (WAL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../src/server/db/index.ts';
import { runServerStoreContract } from './server-store.contract.ts';
import { runPushStoreContract } from './push-store.contract.ts';

runServerStoreContract('SQLite in memory', () => openSqliteStore(':memory:'));
runPushStoreContract('SQLite in memory', () => openSqliteStore(':memory:'));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
runServerStoreContract('SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdj-store-'));
  dirs.push(dir);
  return openSqliteStore(dir);
});
