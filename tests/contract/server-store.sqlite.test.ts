// Every server port's contract on SQLite in memory; the sync storage, rows and health ones on a file too (WAL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../src/server/db/index.ts';
import { runServerPortContracts } from './server/index.ts';
import { runRowReaderContract } from './server/rows.contract.ts';
import { runStoreHealthContract } from './server/health.contract.ts';
import { runSyncStorageContract } from './server/sync-storage.contract.ts';

runServerPortContracts('SQLite in memory', () => openSqliteStore(':memory:'));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const onFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdj-store-'));
  dirs.push(dir);
  return openSqliteStore(dir);
};
runSyncStorageContract('SQLite file', onFile);
runRowReaderContract('SQLite file', onFile);
runStoreHealthContract('SQLite file', onFile);
