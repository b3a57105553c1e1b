// Every server port's contract on SQLite in memory; the sync storage, rows and health ones on a file too (WAL).
import { openSqliteStore } from '../../src/server/db/index.ts';
import { freshSqliteFileStores } from '../fakes/fresh-store.ts';
import { runServerPortContracts } from './server/index.ts';
import { runRowReaderContract } from './server/rows.contract.ts';
import { runStoreHealthContract } from './server/health.contract.ts';
import { runSyncStorageContract } from './server/sync-storage.contract.ts';

runServerPortContracts('SQLite in memory', () => openSqliteStore(':memory:'));

const onFile = freshSqliteFileStores();
runSyncStorageContract('SQLite file', onFile);
runRowReaderContract('SQLite file', onFile);
runStoreHealthContract('SQLite file', onFile);
