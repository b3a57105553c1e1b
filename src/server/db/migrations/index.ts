// The numbered migrations, in order, for Kysely's Migrator (a static provider: no file-system scanning).
import type { Migration, MigrationProvider } from 'kysely';
import { m0001_init } from './0001_init.ts';
import { m0002_audit } from './0002_audit.ts';
import { m0003_previews } from './0003_previews.ts';
import { m0004_calendar } from './0004_calendar.ts';
import { m0005_write_probe } from './0005_write_probe.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001_init': m0001_init,
  '0002_audit': m0002_audit,
  '0003_previews': m0003_previews,
  '0004_calendar': m0004_calendar,
  '0005_write_probe': m0005_write_probe,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
