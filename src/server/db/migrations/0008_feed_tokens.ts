// Migration 0008: the schedule feed's tokens (an admin creates and revokes them; only their hashes are kept).
import type { Kysely, Migration } from 'kysely';

export const m0008_feed_tokens: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('feed_tokens')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      // Who the results system is, for people: "Results system (OVR)".
      .addColumn('name', 'varchar(120)', (c) => c.notNull())
      // SHA-256 of the token (base64url); the token itself is shown once and never stored.
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('last_used_at', 'varchar(40)')
      .addColumn('revoked_at', 'varchar(40)')
      .execute();
  },
};
