// The audit trail on PostgreSQL: the same suite as on SQLite, a fresh database per test.
import { freshPostgresStores } from '../../fakes/fresh-store.ts';
import { runAuditSuite } from './audit.suite.ts';

runAuditSuite('PostgreSQL', freshPostgresStores('pdj_audit'));
