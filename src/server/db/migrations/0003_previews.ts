// Migration 0003: phone snapshots of signature images (previews for the desk), bytes in the database.
import type { Kysely, Migration } from 'kysely';
import { PostgresAdapter } from 'kysely';

export const m0003_previews: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    // The binary type is the one thing that differs: bytea on PostgreSQL, blob on SQLite.
    // Both drivers hand back a Node Buffer, so the queries stay the same.
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
    await db.schema
      .createTable('previews')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('signature_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('member_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('content_type', 'varchar(64)', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('bytes', binary, (c) => c.notNull())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('previews_signature').on('previews').column('signature_id').execute();
  },
};
