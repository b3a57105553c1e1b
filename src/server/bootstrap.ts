// First start and admin access: seed an empty database (admin member, optional demo) and mint admin sign-in links.
import type { Member } from '../shared/domain/member.ts';
import type { MutationName } from '../shared/mutations/registry.ts';
import type { Actor } from '../shared/mutations/types.ts';
import { createInvite, signInLink } from './auth/invites.ts';
import { newId } from './auth/tokens.ts';
import type { ServerStore } from './db/port.ts';
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

/** Seeds only a database that has never seen a mutation, so a restart never duplicates anything. */
export async function seedIfEmpty(
  store: ServerStore,
  sync: SyncService,
  demo?: () => DemoData,
): Promise<SeedResult> {
  if ((await store.version()) > 0 || (await store.listEntities('member')).length > 0) {
    return { seeded: false, rejected: [] };
  }
  const admin: Member = { id: newId(), name: 'Admin', role: 'admin', contact: '' };
  const actor: Actor = { memberId: admin.id, role: 'admin' };
  const batches: { name: MutationName; args: unknown }[][] = [[{ name: 'member.put', args: admin }]];
  if (demo) {
    const data = demo();
    batches.push(data.members.map((m) => ({ name: 'member.put' as const, args: m })));
    batches.push(data.mutations);
  }
  const rejected: string[] = [];
  for (const batch of batches) {
    if (batch.length === 0) continue;
    const { results } = await sync.applyAsSystem(batch, actor);
    results.forEach((r, i) => {
      if (r.outcome === 'rejected') rejected.push(`${batch[i]?.name}: ${r.reason}`);
    });
  }
  return { seeded: true, admin, rejected };
}

/**
 * Whenever no admin has a signed-in device, returns a fresh one-time admin sign-in link (else null),
 * so a server is never left without a way in. Creates an admin member if none exists any more.
 */
export async function adminSignInLinkIfNeeded(
  store: ServerStore,
  sync: SyncService,
  options: { publicUrl: string; inviteTtlHours: number },
): Promise<string | null> {
  const admins = (await store.listEntities('member')).filter((m) => m.role === 'admin');
  const devices = await store.listDevices();
  const adminIds = new Set(admins.map((a) => a.id));
  if (devices.some((d) => adminIds.has(d.memberId) && d.revokedAt === null && d.clientID !== null))
    return null;

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
  const { token } = await createInvite(store, admin.id, options.inviteTtlHours);
  return signInLink(options.publicUrl, token);
}
