// Need to know: who may read which contacts (access requests, members), and the rows to re-send when that changes.
import type { Entity, Kind } from '../../shared/domain/entities.ts';
import type { Member, Role } from '../../shared/domain/member.ts';
import type { AccessRequest } from '../../shared/domain/spot.ts';
import type { ReadTx } from '../../shared/mutations/types.ts';
import type { EntityWrite } from '../db/port.ts';

/** What a redacted contact reads as; the `redacted` flag tells the app to say "hidden" in its language. */
export const REDACTED_NAME = '—';

/** A set of ids a reader may see the contacts of, or every one of them. */
export type Visible = 'all' | ReadonlySet<string>;

/**
 * The contacts one reader may read (the rules are written out in src/server/ops/SECURITY.md):
 * - access requests (`contactName`, `contactPhone`), by spot: planners and admins all; a creator
 *   those of the spots of the moments they are assigned to; editors none.
 * - members (`contact`), by member: planners and admins all; everyone their own and those of the
 *   planners and admins (the stand-up, who send them); a creator also those of the members assigned
 *   to a moment they are assigned to; an editor also the other editors' and those of every member
 *   assigned to some moment (the desk chases the images of every moment).
 */
export interface ContactVisibility {
  spots: Visible;
  members: Visible;
}

/** Nothing but what every row shows: the pull's fallback if the snapshot read no visibility. */
export const NO_CONTACTS: ContactVisibility = { spots: new Set(), members: new Set() };

const isStandUp = (role: Role) => role === 'admin' || role === 'planner';

export async function contactVisibility(
  read: ReadTx,
  who: { memberId: string; role: Role },
): Promise<ContactVisibility> {
  if (isStandUp(who.role)) return { spots: 'all', members: 'all' };
  const [members, assignments] = await Promise.all([read.list('member'), read.list('assignment')]);
  const visibleMembers = new Set([who.memberId]);
  for (const m of members) if (isStandUp(m.role)) visibleMembers.add(m.id);

  if (who.role === 'editor') {
    for (const m of members) if (m.role === 'editor') visibleMembers.add(m.id);
    for (const a of assignments) visibleMembers.add(a.memberId);
    return { spots: new Set(), members: visibleMembers };
  }
  if (who.role !== 'creator') return { spots: new Set(), members: visibleMembers };

  const moments = new Set(assignments.filter((a) => a.memberId === who.memberId).map((a) => a.momentId));
  for (const a of assignments) if (moments.has(a.momentId)) visibleMembers.add(a.memberId);
  if (moments.size === 0) return { spots: new Set(), members: visibleMembers };
  const spots = new Set((await read.list('spot')).filter((s) => moments.has(s.momentId)).map((s) => s.id));
  return { spots, members: visibleMembers };
}

/**
 * Who may read which contacts, per (committed version, member, role): decided from the rows of that
 * version, so every pull of one reader at one version shares one computation (a poke makes every
 * device pull at once). Only the newest version's answers are kept; a failed read is forgotten.
 */
export function createVisibilityCache() {
  const entries = new Map<string, Promise<ContactVisibility>>();
  let newest = -1;
  return (
    version: number,
    who: { memberId: string; role: Role },
    read: () => Promise<ContactVisibility>,
  ): Promise<ContactVisibility> => {
    if (version > newest) {
      newest = version;
      entries.clear();
    }
    if (version < newest) return read();
    const k = `${who.memberId}/${who.role}`;
    let found = entries.get(k);
    if (!found) {
      found = read();
      found.catch(() => entries.delete(k));
      entries.set(k, found);
    }
    return found;
  };
}

/**
 * The rows visibility reads (members, assignments, spots), read once per committed version and
 * shared by every reader's computation at that version: after a poke every device pulls at once,
 * each a different member, and each would otherwise list and parse the same rows. Lists at one
 * version are the same whichever snapshot reads them; older versions read through; a failed read
 * is forgotten. The shared rows must not be changed (contactVisibility only reads them).
 */
export function createSharedLists() {
  const lists = new Map<Kind, Promise<unknown[]>>();
  let newest = -1;
  return (version: number, read: ReadTx): ReadTx => {
    if (version > newest) {
      newest = version;
      lists.clear();
    }
    if (version < newest) return read;
    return {
      get: (kind, id) => read.get(kind, id),
      list: <K extends Kind>(kind: K) => {
        let found = lists.get(kind);
        if (!found) {
          found = read.list(kind);
          found.catch(() => lists.delete(kind));
          lists.set(kind, found);
        }
        return found as Promise<Entity<K>[]>;
      },
    };
  };
}

const sees = (visible: Visible, id: string) => visible === 'all' || visible.has(id);

/** The row as this reader may see it: contacts blanked unless visible; schema-valid either way. */
export function redactAccess(access: AccessRequest, visible: Visible): AccessRequest {
  if (sees(visible, access.spotId)) return access;
  return { ...access, contactName: REDACTED_NAME, contactPhone: '', redacted: true };
}

/** A member as this reader may see it: name and role always (the plan shows who goes where), contact if visible. */
export function redactMember(member: Member, visible: Visible): Member {
  return sees(visible, member.id) ? member : { ...member, contact: '' };
}

/**
 * The kinds whose rows are redacted per reader (redactRow): every other row reads the same for
 * every device, which is what lets a poke carry it (poke-patch.ts, R15).
 */
export function isRedactable(kind: Kind): boolean {
  return kind === 'access' || kind === 'member';
}

/** Any pulled row as this reader may see it. */
export function redactRow<V>(kind: Kind, value: V, visible: ContactVisibility): V {
  if (!isRedactable(kind)) return value;
  if (kind === 'access') return redactAccess(value as AccessRequest, visible.spots) as V;
  if (kind === 'member') return redactMember(value as Member, visible.members) as V;
  return value;
}

/**
 * Rows whose visibility a mutation's writes change, re-written unchanged so their version moves
 * and the next pull re-sends them (redacted or not, per reader). `read` sees the state before `writes`.
 * - An assignment created, moved or deleted: the access rows of its moments' spots, and the
 *   members assigned to those moments (who now see each other's contact, or no longer).
 * - A member's role changed (or the member removed): every access and member row, since what that
 *   member may read, and who may read their contact, both follow the role.
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

  const written = new Set(writes.map((w) => key(w.kind, w.id)));
  const untouched = <K extends 'access' | 'member'>(kind: K, rows: Entity<K>[]) =>
    rows
      .filter((row) => !written.has(key(kind, row.id)))
      .map((row) => ({ kind, id: row.id, value: row }) as EntityWrite);

  const spots = new Set(
    (await read.list('spot')).filter((s) => everything || moments.has(s.momentId)).map((s) => s.id),
  );
  const access = (await read.list('access')).filter((a) => spots.has(a.spotId));
  // Members on the moments, as assigned before these writes and after them.
  const onMoments = new Set<string>();
  for (const a of await read.list('assignment')) if (moments.has(a.momentId)) onMoments.add(a.memberId);
  for (const w of writes)
    if (w.kind === 'assignment' && w.value) onMoments.add((w.value as Entity<'assignment'>).memberId);
  const members = (await read.list('member')).filter((m) => everything || onMoments.has(m.id));
  return [...untouched('access', access), ...untouched('member', members)];
}

const key = (kind: Kind, id: string) => `${kind}/${id}`;
