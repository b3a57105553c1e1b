// Migration 0011: a change's before-row is kept as the fields it overwrote (audit-delta.ts), not as a second whole row.
import type { Kysely, Migration } from 'kysely';

/**
 * Adds `mutation_changes.before_delta`. Rows written before it keep their whole `before` and a null
 * delta, and are read as they always were; nothing is rewritten, so the migration is instant on a
 * Games' worth of audit.
 */
export const m0011_audit_delta: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    await db.schema.alterTable('mutation_changes').addColumn('before_delta', 'text').execute();
  },
};
