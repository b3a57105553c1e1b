// Opening the ServerStore on PostgreSQL: the same Kysely store and migrations, with PostgreSQL's write lock.
import { sql } from 'kysely';
import { migrateToLatest } from './migrate.ts';
import { createKyselyStore } from './kysely-store.ts';
import type { DialectTraits } from './kysely-store.ts';
import type { ServerStore } from './port.ts';
import { openPostgres } from './postgres.ts';

export const POSTGRES_TRAITS: DialectTraits = {
  async lockForWrite(trx) {
    // Held until COMMIT: every writer of every process queues here before reading anything, so a
    // mutation's reads are never stale and versions are handed out in commit order.
    await trx.selectFrom('space').select('version').where('id', '=', 1).forUpdate().execute();
  },
  async ping(db) {
    await sql`select 1`.execute(db);
  },
};

export async function openPostgresStore(url: string): Promise<ServerStore> {
  const db = openPostgres(url);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, POSTGRES_TRAITS);
}
