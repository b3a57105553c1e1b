// First start and admin access: seed an empty database (admin member, optional demo) and mint admin sign-in links.
import type { Member } from '../shared/domain/member.ts';
import type { MutationName } from '../shared/mutations/registry.ts';
import { createInvite, signInLink } from './auth/invites.ts';
import { newId } from './auth/tokens.ts';
import type { SyncStorage } from './db/ports/sync-storage.ts';
import type { RowReader } from './db/ports/rows.ts';
import type { DeviceStore } from './db/ports/devices.ts';
import { applyMutation } from './sync/apply.ts';
import type { SyncAuth } from './sync/auth.ts';
import { SYSTEM_CLIENT_ID } from './sync/auth.ts';
import type { SyncService } from './sync/service.ts';

/** What `src/server/demo/paris2024.ts` gives: members first, then the plan's mutations in order. */
export interface DemoData {
  members: Member[];
  mutations: { name: MutationName; args: unknown }[];
}

export interface SeedResult {
  seeded: boolean;
  admin?: Member;
  /** Demo mutations the rules refused: a bug in the demo data, reported rather than hidden. */
  rejected: string[];
}

/**
 * Seeds only a database that has never seen a mutation, so a restart never duplicates anything.
 * All or nothing: the admin, the demo's members and its mutations are applied by the same code as a
 * push, inside ONE write transaction, which also re-checks that the database is empty once it holds
 * the write lock (two processes starting together: the second finds the first's seed). A start that
 * fails half-way (disk full) leaves the database as empty as it was.
 */
export async function seedIfEmpty(store: SyncStorage, demo?: () => DemoData): Promise<SeedResult> {
  return store.write(async (session) => {
    if ((await session.version()) > 0 || (await session.entities.list('member')).length > 0) {
      return { seeded: false, rejected: [] };
    }
    const admin: Member = { id: newId(), name: 'Admin', role: 'admin', contact: '' };
    const auth: SyncAuth = { deviceId: null, clientID: SYSTEM_CLIENT_ID, memberId: admin.id, role: 'admin' };
    const mutations: { name: MutationName; args: unknown }[] = [{ name: 'member.put', args: admin }];
    if (demo) {
      const data = demo();
      mutations.push(...data.members.map((m) => ({ name: 'member.put' as const, args: m })));
      mutations.push(...data.mutations);
    }
    const at = new Date().toISOString();
    const rejected: string[] = [];
    for (const m of mutations) {
      const { outcome } = await applyMutation(
        session,
        auth,
        { id: 'next', name: m.name, args: m.args, at },
        (error) => {
          // A mutator bug would leave the demo incomplete: fail the whole seed, loudly.
          throw error;
        },
      );
      if (outcome.outcome === 'rejected') rejected.push(`${m.name}: ${outcome.reason}`);
    }
    return { seeded: true, admin, rejected };
  });
}

/**
 * An admin invite younger than this that is still unused was minted by a server process starting
 * at the same moment on the same database (several processes on PostgreSQL): no second link.
 */
export const SIBLING_LINK_WINDOW_MS = 60_000;

export type AdminLink =
  | { kind: 'link'; link: string }
  /** An admin device is signed in: nothing to print. */
  | { kind: 'signed-in' }
  /** Another process just printed one (see SIBLING_LINK_WINDOW_MS); `at` is when. */
  | { kind: 'printed-elsewhere'; at: string };

/**
 * Whenever no admin has a signed-in device, a fresh one-time admin sign-in link, so a server is
 * never left without a way in; creates an admin member if none exists any more. Run it under
 * `store.withStartLock` so processes starting together print one link between them.
 */
export async function adminSignInLinkIfNeeded(
  store: RowReader & DeviceStore,
  sync: SyncService,
  options: { publicUrl: string; inviteTtlHours: number },
  now: Date = new Date(),
): Promise<AdminLink> {
  const admins = (await store.listEntities('member')).filter((m) => m.role === 'admin');
  const devices = await store.listDevices();
  const adminIds = new Set(admins.map((a) => a.id));
  if (devices.some((d) => adminIds.has(d.memberId) && d.revokedAt === null && d.clientID !== null))
    return { kind: 'signed-in' };

  const since = now.getTime() - SIBLING_LINK_WINDOW_MS;
  const recent = (await store.listInvites()).find(
    (i) => adminIds.has(i.memberId) && i.usedAt === null && Date.parse(i.createdAt) > since,
  );
  if (recent) return { kind: 'printed-elsewhere', at: recent.createdAt };

  let admin = admins[0];
  if (!admin) {
    admin = { id: newId(), name: 'Admin', role: 'admin', contact: '' };
    const { results } = await sync.applyAsSystem([{ name: 'member.put', args: admin }], {
      memberId: admin.id,
      role: 'admin',
    });
    if (results[0]?.outcome !== 'applied')
      throw new Error(`could not create an admin: ${results[0]?.reason}`);
  }
  const { token } = await createInvite(store, admin.id, options.inviteTtlHours, now);
  return { kind: 'link', link: signInLink(options.publicUrl, token) };
}
