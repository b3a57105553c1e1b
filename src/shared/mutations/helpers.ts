// Small reads and checks the mutators share.
import type { Entity, Kind } from '../domain/entities.ts';
import { parseEntity } from '../domain/entities.ts';
import type { MutationContext, ReadTx, WriteTx } from './types.ts';
import { reject } from './types.ts';

export async function mustGet<K extends Kind>(tx: ReadTx, kind: K, id: string): Promise<Entity<K>> {
  const row = await tx.get(kind, id);
  if (!row) reject('not_found', `${kind} ${id} does not exist`);
  return row;
}

export async function mustNotExist(tx: ReadTx, kind: Kind, id: string): Promise<void> {
  if (await tx.get(kind, id)) reject('conflict', `${kind} ${id} already exists`);
}

/** Writes a row after checking it against its schema, so no replica ever holds an invalid row. */
export async function save<K extends Kind>(tx: WriteTx, kind: K, value: Entity<K>): Promise<void> {
  await tx.put(kind, parseEntity(kind, value));
}

/** Planners and admins shape the plan; editors and creators act on images. */
export function isPlanner(ctx: MutationContext): boolean {
  return ctx.actor.role === 'admin' || ctx.actor.role === 'planner';
}

/** A creator acts only on the moments they are assigned to. */
export async function isAssigned(tx: ReadTx, memberId: string, momentId: string): Promise<boolean> {
  const assignments = await tx.list('assignment');
  return assignments.some((a) => a.memberId === memberId && a.momentId === momentId);
}
