// Fuzz on SQLite: 1,200 generated hostile requests (bodies, headers, tokens, oversized payloads, injection
// strings in every text field, valid tokens of the wrong role): no 5xx, nothing stored that should not be.
import { openSqliteStore } from '../../../src/server/db/index.ts';
import { runFuzzSuite } from './fuzz.suite.ts';

runFuzzSuite('SQLite', () => openSqliteStore(':memory:'), 1200);
