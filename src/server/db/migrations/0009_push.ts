// Migration 0009: Web Push — the server's VAPID keys, each device's subscription, members' choices, reminders sent.
import type { Kysely, Migration } from 'kysely';

export const m0009_push: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    // One row (id = 1), created at first start: kept with the data so subscriptions outlive restarts.
    await db.schema
      .createTable('push_vapid')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('public_key', 'varchar(128)', (c) => c.notNull())
      .addColumn('private_key', 'varchar(128)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .execute();
    // A subscription belongs to one device: one row per device, gone with it.
    await db.schema
      .createTable('push_subscriptions')
      .addColumn('device_id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('member_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('endpoint', 'text', (c) => c.notNull())
      .addColumn('p256dh', 'varchar(128)', (c) => c.notNull())
      .addColumn('auth', 'varchar(64)', (c) => c.notNull())
      .addColumn('lang', 'varchar(8)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('push_subscriptions_member')
      .on('push_subscriptions')
      .column('member_id')
      .execute();
    // Which kinds of notification a member wants (JSON array); no row: all of them.
    await db.schema
      .createTable('push_preferences')
      .addColumn('member_id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('kinds', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
      .execute();
    // "30 minutes before my key moment", sent once per key-moment time (a moved moment gets a new one);
    // the primary key decides between processes sharing one PostgreSQL.
    await db.schema
      .createTable('push_reminders')
      .addColumn('moment_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('member_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('key_moment_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('sent_at', 'varchar(40)', (c) => c.notNull())
      .addPrimaryKeyConstraint('push_reminders_pk', ['moment_id', 'member_id', 'key_moment_at'])
      .execute();
  },
};
