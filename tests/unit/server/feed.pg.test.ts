// The schedule feed over HTTP on PostgreSQL: the same suite as on SQLite, a fresh database per test.
import { freshPostgresStores } from '../../fakes/fresh-store.ts';
import { runFeedSuite } from './feed.suite.ts';

runFeedSuite('PostgreSQL', freshPostgresStores('pdj_feed'));
