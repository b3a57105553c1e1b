// Migration 0002: the audit trail keeps each applied mutation's rows before/after, and what each mutation aimed at.
import type { Kysely, Migration } from 'kysely';

export const m0002_audit: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('mutation_changes')
      .addColumn('client_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('mutation_id', 'integer', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'varchar(32)', (c) => c.notNull())
      .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addPrimaryKeyConstraint('mutation_changes_pk', ['client_id', 'mutation_id', 'seq'])
      .execute();
    await db.schema
      .createIndex('mutation_changes_record')
      .on('mutation_changes')
      .columns(['kind', 'entity_id'])
      .execute();

    // Old log rows keep null targets: they predate the audit, and are still listed (without changes).
    await db.schema.alterTable('mutation_log').addColumn('target_kind', 'varchar(32)').execute();
    await db.schema.alterTable('mutation_log').addColumn('target_id', 'varchar(64)').execute();
    await db.schema
      .createIndex('mutation_log_target')
      .on('mutation_log')
      .columns(['target_kind', 'target_id'])
      .execute();
    await db.schema.createIndex('mutation_log_logged_at').on('mutation_log').column('logged_at').execute();

    // A global order of the log: the space row is locked by every writer, so its counter follows commit
    // order across processes (server clocks may disagree; logged_at can tie within a millisecond).
    await db.schema
      .alterTable('space')
      .addColumn('log_seq', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('mutation_log').addColumn('seq', 'integer').execute();
    await db.schema.createIndex('mutation_log_seq').on('mutation_log').column('seq').execute();
  },
};
