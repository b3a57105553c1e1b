// The numbered migrations, in order, for Kysely's Migrator (a static provider: no file-system scanning).
import type { Migration, MigrationProvider } from 'kysely';
import { m0001_init } from './0001_init.ts';
import { m0002_audit } from './0002_audit.ts';
import { m0003_previews } from './0003_previews.ts';
import { m0004_calendar } from './0004_calendar.ts';
import { m0005_rejection_codes } from './0005_rejection_codes.ts';
import { m0006_one_line_text } from './0006_one_line_text.ts';
import { m0007_write_probe } from './0007_write_probe.ts';
import { m0008_feed_tokens } from './0008_feed_tokens.ts';
import { m0009_push } from './0009_push.ts';
import { m0010_member_job } from './0010_member_job.ts';
import { m0011_audit_delta } from './0011_audit_delta.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001_init': m0001_init,
  '0002_audit': m0002_audit,
  '0003_previews': m0003_previews,
  '0004_calendar': m0004_calendar,
  '0005_rejection_codes': m0005_rejection_codes,
  '0006_one_line_text': m0006_one_line_text,
  '0007_write_probe': m0007_write_probe,
  '0008_feed_tokens': m0008_feed_tokens,
  '0009_push': m0009_push,
  '0010_member_job': m0010_member_job,
  '0011_audit_delta': m0011_audit_delta,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
