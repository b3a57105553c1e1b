// Migration 0007: a scratch table the readiness probe writes to (and empties) to prove the disk takes writes.
import type { Kysely, Migration } from 'kysely';
import { PostgresAdapter } from 'kysely';

export const m0007_write_probe: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
    await db.schema
      .createTable('write_probe')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('filler', binary, (c) => c.notNull())
      .execute();
  },
};
