// The server's truth, read straight from its SQLite file (read-only): what it logged, which devices exist.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../../../src/server/db/sqlite.ts';

export interface LoggedMutation {
  clientID: string;
  mutationID: number;
  name: string;
  args: unknown;
  status: 'applied' | 'rejected';
  reason: string | null;
}

export interface DeviceRow {
  id: string;
  clientID: string | null;
  memberId: string;
  revokedAt: string | null;
}

/** A short read-only connection per question, so the server's writes are never blocked by a test. */
function read<T>(dataDir: string, query: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

/** Every mutation the server recorded for one client, in id order. */
export function loggedMutations(dataDir: string, clientID: string): LoggedMutation[] {
  type Row = {
    client_id: string;
    mutation_id: number;
    name: string;
    args: string;
    status: string;
    reason: string | null;
  };
  const rows = read(dataDir, (db) =>
    db
      .prepare(
        'SELECT client_id, mutation_id, name, args, status, reason FROM mutation_log WHERE client_id = ? ORDER BY mutation_id',
      )
      .all(clientID),
  ) as Row[];
  return rows.map((r) => ({
    clientID: r.client_id,
    mutationID: r.mutation_id,
    name: r.name,
    args: JSON.parse(r.args) as unknown,
    status: r.status as LoggedMutation['status'],
    reason: r.reason,
  }));
}

/** The device a browser signed in, found by the unique name the test typed in "Device name". */
export function deviceNamed(dataDir: string, name: string): DeviceRow {
  type Row = { id: string; client_id: string | null; member_id: string; revoked_at: string | null };
  const rows = read(dataDir, (db) =>
    db.prepare('SELECT id, client_id, member_id, revoked_at FROM devices WHERE name = ?').all(name),
  ) as Row[];
  if (rows.length !== 1)
    throw new Error(`expected one device named "${name}" on the server, found ${rows.length}`);
  const row = rows[0]!;
  return { id: row.id, clientID: row.client_id, memberId: row.member_id, revokedAt: row.revoked_at };
}

/** A synced row as the server holds it now (undefined if absent or deleted). */
export function serverEntity<T>(dataDir: string, kind: string, id: string): T | undefined {
  const row = read(dataDir, (db) =>
    db.prepare('SELECT data FROM entities WHERE kind = ? AND id = ? AND deleted = 0').get(kind, id),
  ) as { data: string | null } | undefined;
  return row?.data ? (JSON.parse(row.data) as T) : undefined;
}
