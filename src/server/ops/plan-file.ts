// The JSON export of a whole Games plan, and its all-or-nothing import, every row checked by the shared schemas.
import { z } from 'zod';
import type { AnyEntity, Kind } from '../../shared/domain/entities.ts';
import { ENTITY_SCHEMAS, KINDS } from '../../shared/domain/entities.ts';
import { describeIssues } from '../../shared/mutations/registry.ts';
import type { EntityWrite } from '../db/port.ts';
import type { SyncStorage } from '../db/ports/sync-storage.ts';
import type { RowReader } from '../db/ports/rows.ts';
import { SYSTEM_CLIENT_ID } from '../sync/auth.ts';

export const PLAN_FILE_FORMAT = 'plan-de-jeu/plan';
export const PLAN_FILE_VERSION = 1;

/** Devices, invites and the mutation log stay out: a plan file carries no secret and no history. */
export interface PlanFile {
  format: typeof PLAN_FILE_FORMAT;
  version: typeof PLAN_FILE_VERSION;
  exportedAt: string;
  rows: { [K in Kind]: AnyEntity[] };
}

const PlanFileSchema = z
  .object({
    format: z.literal(PLAN_FILE_FORMAT),
    version: z.literal(PLAN_FILE_VERSION),
    exportedAt: z.string(),
    rows: z
      .object(Object.fromEntries(KINDS.map((k) => [k, z.array(ENTITY_SCHEMAS[k]).default([])])))
      .strict(),
  })
  .strict();

export async function exportPlan(store: RowReader, now = new Date()): Promise<PlanFile> {
  const rows = {} as PlanFile['rows'];
  for (const kind of KINDS) rows[kind] = (await store.listEntities(kind)) as AnyEntity[];
  return { format: PLAN_FILE_FORMAT, version: PLAN_FILE_VERSION, exportedAt: now.toISOString(), rows };
}

export class PlanFileError extends Error {
  override name = 'PlanFileError';
}

/** Validates a parsed file; throws PlanFileError naming the first bad fields (e.g. rows.access.3.contactPhone). */
export function parsePlanFile(value: unknown): PlanFile {
  const parsed = PlanFileSchema.safeParse(value);
  if (!parsed.success) throw new PlanFileError(`not a valid plan file: ${describeIssues(parsed.error)}`);
  const rows = parsed.data.rows as PlanFile['rows'];
  for (const kind of KINDS) {
    const seen = new Set<string>();
    for (const [i, row] of rows[kind].entries()) {
      if (seen.has(row.id)) throw new PlanFileError(`rows.${kind}.${i}.id: ${row.id} appears twice`);
      seen.add(row.id);
    }
  }
  return parsed.data as PlanFile;
}

export interface ImportResult {
  written: number;
  deleted: number;
  version: number;
}

/**
 * In ONE write transaction: every row of the file is written and every live row missing from it
 * becomes a tombstone, all at one new version, so devices pull exactly the file's plan. A database
 * that already holds a plan is refused unless `replace`. Logged as `admin.import` by the system client.
 */
export async function importPlan(
  store: SyncStorage,
  file: PlanFile,
  replace: boolean,
): Promise<ImportResult> {
  return store.write(async (session) => {
    const writes: EntityWrite[] = [];
    let deleted = 0;
    for (const kind of KINDS) {
      const incoming = new Set(file.rows[kind].map((r) => r.id));
      const existing = await session.entities.list(kind);
      // Members are the exception: people may already be signed in; the import refuses to drop them.
      if (existing.length > 0 && !replace && kind !== 'member')
        throw new PlanFileError(`the database already holds a plan (${kind}): use --replace to overwrite it`);
      for (const row of existing) {
        if (incoming.has(row.id) || kind === 'member') continue;
        writes.push({ kind, id: row.id, value: null });
        deleted++;
      }
      for (const row of file.rows[kind]) writes.push({ kind, id: row.id, value: row });
    }
    const version = await session.bumpVersion();
    await session.writeEntities(version, writes);
    const mutationID = (await session.lastMutationID(SYSTEM_CLIENT_ID)) + 1;
    await session.setLastMutationID(SYSTEM_CLIENT_ID, mutationID);
    const now = new Date().toISOString();
    await session.logMutation({
      clientID: SYSTEM_CLIENT_ID,
      mutationID,
      memberId: SYSTEM_CLIENT_ID,
      deviceId: null,
      name: 'admin.import',
      args: { exportedAt: file.exportedAt, rows: writes.length - deleted, deleted, replace },
      at: now,
      status: 'applied',
      reason: null,
      version,
      loggedAt: now,
    });
    return { written: writes.length - deleted, deleted, version };
  });
}
