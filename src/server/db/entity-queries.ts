// Entity reads and stamped writes over the entities table, usable inside or outside a transaction.
import type { Kysely } from 'kysely';
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { ReadTx } from '../../shared/mutations/types.ts';
import type { EntityChange } from './port.ts';
import { changeFromRow, entityFromData } from './rows.ts';
import type { Database } from './schema.ts';

export async function getEntity<K extends Kind>(
  db: Kysely<Database>,
  kind: K,
  id: string,
): Promise<Entity<K> | undefined> {
  const row = await db
    .selectFrom('entities')
    .select('data')
    .where('kind', '=', kind)
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row?.data == null ? undefined : entityFromData(kind, row.data);
}

export async function listEntities<K extends Kind>(db: Kysely<Database>, kind: K): Promise<Entity<K>[]> {
  const rows = await db
    .selectFrom('entities')
    .select('data')
    .where('kind', '=', kind)
    .where('deleted', '=', 0)
    .orderBy('id')
    .execute();
  return rows.flatMap((r) => (r.data === null ? [] : [entityFromData(kind, r.data)]));
}

export function entityReader(db: Kysely<Database>): ReadTx {
  return { get: (kind, id) => getEntity(db, kind, id), list: (kind) => listEntities(db, kind) };
}

/** Rows with version > since (tombstones too), or every live row for a first pull. */
export async function changesSince(db: Kysely<Database>, since: number | null): Promise<EntityChange[]> {
  let query = db.selectFrom('entities').selectAll().orderBy('version').orderBy('kind').orderBy('id');
  query = since === null ? query.where('deleted', '=', 0) : query.where('version', '>', since);
  return (await query.execute()).map(changeFromRow);
}
