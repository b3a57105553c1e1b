// Migration 0004: per-member secret calendar feeds (iCalendar subscription URLs), revocable.
import type { Kysely, Migration } from 'kysely';

export const m0004_calendar: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('calendar_feeds')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('member_id', 'varchar(64)', (c) => c.notNull())
      // SHA-256 of the URL's secret (base64url); the secret itself is never stored.
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('revoked_at', 'varchar(40)')
      .execute();
    await db.schema.createIndex('calendar_feeds_member').on('calendar_feeds').column('member_id').execute();
  },
};
