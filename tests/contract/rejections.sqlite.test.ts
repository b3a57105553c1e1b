// The stored rejections contract on SQLite (in memory).
import { openSqliteStore } from '../../src/server/db/index.ts';
import { runRejectionStoreContract } from './rejections.contract.ts';

runRejectionStoreContract('SQLite', () => openSqliteStore(':memory:'));
