// The numbered migrations, in order, for Kysely's Migrator (a static provider: no file-system scanning).
import type { Migration, MigrationProvider } from 'kysely';
import { m0001_init } from './0001_init.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001_init': m0001_init,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
