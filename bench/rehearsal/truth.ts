// The server's own store opened beside the running server (as the admin CLI does): invites and final truth.
import { openPostgresStore, openSqliteStore } from '../../src/server/db/index.ts';
import type { ServerStore } from '../../src/server/db/port.ts';

export interface Database {
  dataDir: string;
  databaseUrl?: string;
}

/** SQLite in WAL mode lets this second connection read and write while the server runs. */
export function openTruth(db: Database): Promise<ServerStore> {
  return db.databaseUrl ? openPostgresStore(db.databaseUrl) : openSqliteStore(db.dataDir);
}
