// Opening the server's store: PostgreSQL when DATABASE_URL is set, else SQLite (file in DATA_DIR, or ':memory:').
import { migrateToLatest } from './migrate.ts';
import { createKyselyStore } from './kysely-store.ts';
import type { ServerStore } from './port.ts';
import { openPostgresStore } from './postgres-store.ts';
import { openSqlite } from './sqlite.ts';

export type { ServerStore } from './port.ts';
export { openPostgresStore } from './postgres-store.ts';

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

/** The store the configuration names: `databaseUrl` wins over `dataDir`. */
export function openStore(config: { databaseUrl?: string; dataDir: string }): Promise<ServerStore> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir);
}
