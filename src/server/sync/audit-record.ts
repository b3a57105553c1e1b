// What the audit keeps of one mutation: the record it aimed at, and each changed row before and after.
import { isKind } from '../../shared/domain/entities.ts';
import type { AnyEntity, Kind } from '../../shared/domain/entities.ts';
import type { ReadTx } from '../../shared/mutations/types.ts';
import type { AuditChange, EntityWrite } from '../db/port.ts';
import { beforeDelta, noteBeforeDelta } from '../db/audit-delta.ts';

/** Mutation names are `<kind>.<verb>`: the kind and `args.id` name the record, if the args carry one. */
export function auditTarget(mutation: { name: string; args: unknown }): { kind: Kind; id: string } | null {
  const kind = mutation.name.split('.')[0];
  const id = (mutation.args as { id?: unknown } | null | undefined)?.id;
  // Ids are UUIDs; anything else (a hostile or malformed id of a rejected mutation) is not a record.
  if (!isKind(kind) || typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return { kind, id };
}

/** A ReadTx that may also hand out its rows without copying them (SessionView.peek), for readers that only look. */
export type PeekRead = ReadTx & { peek?: ReadTx['get'] };

/**
 * Each written row with its state before (read from `read`, which must not yet see the writes).
 * Rows re-written unchanged (visibility touches) are left out: the audit lists what people changed.
 */
export async function auditChanges(read: PeekRead, writes: readonly EntityWrite[]): Promise<AuditChange[]> {
  const changes: AuditChange[] = [];
  for (const w of writes) {
    const before =
      ((await (read.peek ?? read.get).call(read, w.kind, w.id)) as AnyEntity | undefined) ?? null;
    const delta = before && w.value ? beforeDelta(before, w.value) : null;
    if (before && w.value && !delta) continue;
    if (before === null && w.value === null) continue;
    const change: AuditChange = { kind: w.kind, id: w.id, before, after: w.value };
    // The flush stores this delta instead of the whole before-row (migration 0011).
    if (delta) noteBeforeDelta(change, delta);
    changes.push(change);
  }
  return changes;
}
