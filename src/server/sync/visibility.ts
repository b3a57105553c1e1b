// Who may read access contacts, and the rows to re-send when that changes: the server's read permissions.
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { Role } from '../../shared/domain/member.ts';
import type { AccessRequest } from '../../shared/domain/spot.ts';
import type { ReadTx } from '../../shared/mutations/types.ts';
import type { EntityWrite } from '../db/port.ts';

/** What a redacted contact reads as; the `redacted` flag tells the app to say "hidden" in its language. */
export const REDACTED_NAME = '—';

/** The spots whose contacts this member may read: every one for planners and admins. */
export type ContactVisibility = 'all' | ReadonlySet<string>;

export async function contactVisibility(
  read: ReadTx,
  who: { memberId: string; role: Role },
): Promise<ContactVisibility> {
  if (who.role === 'admin' || who.role === 'planner') return 'all';
  if (who.role !== 'creator') return new Set();
  const moments = new Set(
    (await read.list('assignment')).filter((a) => a.memberId === who.memberId).map((a) => a.momentId),
  );
  if (moments.size === 0) return new Set();
  return new Set((await read.list('spot')).filter((s) => moments.has(s.momentId)).map((s) => s.id));
}

/** The row as this reader may see it: contacts blanked unless visible; schema-valid either way. */
export function redactAccess(access: AccessRequest, visible: ContactVisibility): AccessRequest {
  if (visible === 'all' || visible.has(access.spotId)) return access;
  return { ...access, contactName: REDACTED_NAME, contactPhone: '', redacted: true };
}

/**
 * Rows whose visibility a mutation's writes change, re-written unchanged so their version moves
 * and the next pull re-sends them (redacted or not, per reader). Assignments created or deleted
 * touch the access rows of their moment's spots; a member's role change touches every access row.
 * `read` sees the state before `writes`.
 */
export async function visibilityTouches(
  read: ReadTx,
  writes: readonly EntityWrite[],
): Promise<EntityWrite[]> {
  const moments = new Set<string>();
  let everything = false;
  for (const w of writes) {
    if (w.kind === 'assignment') {
      const before = await read.get('assignment', w.id);
      if (before) moments.add(before.momentId);
      if (w.value) moments.add((w.value as Entity<'assignment'>).momentId);
    } else if (w.kind === 'member') {
      const before = await read.get('member', w.id);
      const after = w.value as Entity<'member'> | null;
      if (before && (!after || after.role !== before.role)) everything = true;
    }
  }
  if (!everything && moments.size === 0) return [];

  const spots = new Set(
    (await read.list('spot')).filter((s) => everything || moments.has(s.momentId)).map((s) => s.id),
  );
  const written = new Set(writes.map((w) => key(w.kind, w.id)));
  return (await read.list('access'))
    .filter((a) => spots.has(a.spotId) && !written.has(key('access', a.id)))
    .map((a) => ({ kind: 'access' as const, id: a.id, value: a }));
}

const key = (kind: Kind, id: string) => `${kind}/${id}`;
