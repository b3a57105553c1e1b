// Opening the ServerStore on PostgreSQL: the same Kysely store and migrations, with PostgreSQL's locks and NOTIFY.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { migrateToLatest } from './migrate.ts';
import { createKyselyStore } from './kysely-store.ts';
import type { DialectTraits } from './kysely-store.ts';
import type { ServerStore } from './port.ts';
import { openPostgres } from './postgres.ts';
import type { Database } from './schema.ts';

/** The advisory lock key of a first start (migrate, seed, admin link): "PDJ1", like SQLite's application id. */
export const START_LOCK_KEY = 0x50444a31;
/** Server processes LISTEN here: a revocation made by any process (or the admin CLI) ends poke streams in all. */
export const REVOKE_CHANNEL = 'plan_de_jeu_revoke';

/**
 * Runs `fn` while a transaction of its own holds `pg_advisory_xact_lock(START_LOCK_KEY)`: processes
 * starting together take turns. The lock goes with the transaction, so a process that dies frees it.
 */
async function withAdvisoryLock<T>(db: Kysely<Database>, fn: () => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${START_LOCK_KEY})`.execute(trx);
    return fn();
  });
}

export const POSTGRES_TRAITS: DialectTraits = {
  hotPath: 'postgres',
  async lockForWrite(trx) {
    // Held until COMMIT: every writer of every process queues here before reading anything, so a
    // mutation's reads are never stale and versions are handed out in commit order.
    await trx.selectFrom('space').select('version').where('id', '=', 1).forUpdate().execute();
  },
  async ping(db) {
    await sql`select 1`.execute(db);
  },
  // The probe's update already wrote WAL: PostgreSQL answers 53100 (disk_full) when it cannot.
  async afterProbe() {},
  startLock: withAdvisoryLock,
  async announceRevoked(trx, deviceIds) {
    // Delivered at COMMIT, to every process LISTENing (sync/pg-poker.ts).
    await sql`select pg_notify(${REVOKE_CHANNEL}, ${JSON.stringify(deviceIds)})`.execute(trx);
  },
};

export async function openPostgresStore(url: string): Promise<ServerStore> {
  const db = openPostgres(url);
  try {
    // Processes starting together migrate in turn; main.ts then runs the first start's seed and
    // admin link under the same lock again (ServerStore.withStartLock).
    await withAdvisoryLock(db, () => migrateToLatest(db));
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, POSTGRES_TRAITS);
}
