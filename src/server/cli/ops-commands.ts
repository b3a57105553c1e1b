// The admin CLI's operations commands: backup of the live database, JSON export and import of the plan.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { backupPostgres, backupSqlite } from '../ops/backup.ts';
import { PlanFileError, exportPlan, importPlan, parsePlanFile } from '../ops/plan-file.ts';
import type { CliContext } from './commands.ts';
import { UsageError } from './commands.ts';

export interface OpsContext extends CliContext {
  dataDir?: string;
  databaseUrl?: string;
}

/** What `backup` needs: where the database is, and where to print. No store: it works on the file. */
export type BackupContext = Pick<OpsContext, 'dataDir' | 'databaseUrl' | 'out'>;

export async function backup(ctx: BackupContext, out: string | undefined): Promise<void> {
  if (!out) throw new UsageError('backup: give --out <file>');
  if (ctx.databaseUrl) await backupPostgres(ctx.databaseUrl, out);
  else if (ctx.dataDir) await backupSqlite(ctx.dataDir, out);
  else throw new UsageError('backup: no database configured (DATA_DIR or DATABASE_URL)');
  const how = ctx.databaseUrl
    ? 'pg_dump custom format: restore with pg_restore'
    : 'SQLite file: stop the server and put it in DATA_DIR';
  ctx.out(`backup written to ${out} (${how})`);
}

export async function exportToFile(ctx: CliContext, out: string | undefined): Promise<void> {
  if (!out) throw new UsageError('export: give --out <file.json>');
  const plan = await exportPlan(ctx.store);
  // Written beside, then renamed: a crash never leaves half a file under the real name.
  await writeFile(`${out}.partial`, JSON.stringify(plan, null, 2) + '\n', { mode: 0o600 });
  await rename(`${out}.partial`, out);
  const counts = Object.entries(plan.rows).map(([kind, rows]) => `${rows.length} ${kind}`);
  ctx.out(`plan exported to ${out}: ${counts.join(', ')}`);
}

export async function importFromFile(
  ctx: CliContext,
  file: string | undefined,
  replace: boolean,
): Promise<void> {
  if (!file) throw new UsageError('import: give --in <file.json>');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `--in: cannot read ${file} as JSON (${error instanceof Error ? error.message : error})`,
    );
  }
  try {
    const result = await importPlan(ctx.store, parsePlanFile(json), replace);
    ctx.out(
      `plan imported from ${file}: ${result.written} rows written, ${result.deleted} removed, version ${result.version}`,
    );
  } catch (error) {
    if (error instanceof PlanFileError) throw new UsageError(`nothing imported: ${error.message}`);
    throw error;
  }
}
