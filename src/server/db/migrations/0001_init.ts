// Migration 0001: the first schema. Never edit a landed migration: add 0002_… instead.
import type { Kysely, Migration } from 'kysely';

export const m0001_init: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('space')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('space').values({ id: 1, version: 0 }).execute();

    await db.schema
      .createTable('entities')
      .addColumn('kind', 'varchar(32)', (c) => c.notNull())
      .addColumn('id', 'varchar(64)', (c) => c.notNull())
      .addColumn('data', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('entities_pk', ['kind', 'id'])
      .execute();
    await db.schema.createIndex('entities_version').on('entities').column('version').execute();

    await db.schema
      .createTable('clients')
      .addColumn('client_id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('device_id', 'varchar(64)')
      .addColumn('last_mutation_id', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('mutation_log')
      .addColumn('client_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('mutation_id', 'integer', (c) => c.notNull())
      .addColumn('member_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('device_id', 'varchar(64)')
      .addColumn('name', 'varchar(64)', (c) => c.notNull())
      .addColumn('args', 'text', (c) => c.notNull())
      .addColumn('at', 'varchar(40)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('version', 'integer')
      .addColumn('logged_at', 'varchar(40)', (c) => c.notNull())
      .addPrimaryKeyConstraint('mutation_log_pk', ['client_id', 'mutation_id'])
      .execute();
    await db.schema
      .createIndex('mutation_log_status')
      .on('mutation_log')
      .columns(['client_id', 'status', 'mutation_id'])
      .execute();

    await db.schema
      .createTable('devices')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('member_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('client_id', 'varchar(64)', (c) => c.unique())
      .addColumn('name', 'varchar(120)', (c) => c.notNull())
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('last_seen_at', 'varchar(40)')
      .addColumn('revoked_at', 'varchar(40)')
      .execute();
    await db.schema.createIndex('devices_member').on('devices').column('member_id').execute();

    await db.schema
      .createTable('invites')
      .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('member_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('expires_at', 'varchar(40)', (c) => c.notNull())
      .addColumn('used_at', 'varchar(40)')
      .execute();
  },
};
