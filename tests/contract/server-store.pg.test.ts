// Every server port's contract on a real PostgreSQL server: a fresh database per test, the same migrations.
import { freshPostgresStores } from '../fakes/fresh-store.ts';
import { runServerPortContracts } from './server/index.ts';

runServerPortContracts('PostgreSQL', freshPostgresStores('pdj_contract'));
