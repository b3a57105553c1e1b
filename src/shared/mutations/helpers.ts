// Small reads and checks the mutators share.
import type { Entity, Kind } from '../domain/entities.ts';
import { ENTITY_SCHEMAS } from '../domain/entities.ts';
import { describeIssues, issueParams } from './issues.ts';
import type { ReadTx, WriteTx } from './types.ts';
import { reject } from './types.ts';

/** The row, or `not_found` with its kind (`path`: the argument that named it, when not `id`). */
export async function mustGet<K extends Kind>(
  tx: ReadTx,
  kind: K,
  id: string,
  path?: string,
): Promise<Entity<K>> {
  const row = await tx.get(kind, id);
  if (!row) reject('not_found', `${path ? `${path}: ` : ''}${kind} ${id} does not exist`, { kind, path });
  return row;
}

/** Nothing yet under this id, or `already_exists` with its kind (a create retried under a new mutation id). */
export async function mustNotExist(tx: ReadTx, kind: Kind, id: string): Promise<void> {
  if (await tx.get(kind, id)) reject('already_exists', `${kind} ${id} already exists`, { kind });
}

/**
 * Writes a row after checking it against its schema, so no replica ever holds an invalid row. A row
 * that fails (a limit that drifted between an argument and its entity, an old row) is the
 * rejection `invalid_row` naming the field, never an error the server reports as its own bug.
 */
export async function save<K extends Kind>(tx: WriteTx, kind: K, value: Entity<K>): Promise<void> {
  const parsed = ENTITY_SCHEMAS[kind].safeParse(value, { reportInput: true });
  if (!parsed.success) {
    reject('invalid_row', `${kind}: ${describeIssues(parsed.error)}`, {
      kind,
      ...issueParams(parsed.error),
    });
  }
  await tx.put(kind, parsed.data as Entity<K>);
}

/** A creator acts only on the moments they are assigned to. */
export async function isAssigned(tx: ReadTx, memberId: string, momentId: string): Promise<boolean> {
  const assignments = await tx.list('assignment');
  return assignments.some((a) => a.memberId === memberId && a.momentId === momentId);
}
