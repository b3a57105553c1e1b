// Opening the server's store: SQLite today (file in DATA_DIR, or ':memory:' for tests), migrated.
import { migrateToLatest } from './migrate.ts';
import { createKyselyStore } from './kysely-store.ts';
import type { ServerStore } from './port.ts';
import { openSqlite } from './sqlite.ts';

export type { ServerStore } from './port.ts';

export async function openSqliteStore(dataDir: string | ':memory:'): Promise<ServerStore> {
  const db = openSqlite(dataDir);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db);
}
