// A sync service over a given store, seeded with the small plan (+ a spot with an access request), and helpers
// to push and pull as any member: the permissions, audit and security tests share it.
import { randomUUID } from 'node:crypto';
import type { Role } from '../../../src/shared/domain/member.ts';
import type { PullResponse } from '../../../src/shared/protocol/messages.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import type { SyncAuth } from '../../../src/server/sync/auth.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import { ids, planMutations } from '../client/sync-fixtures.ts';
import { WIRE } from '../../fakes/wire.ts';

export { ids };
export const AT = '2024-08-04T19:45:00.000Z';
export const access = {
  id: '00000000-0000-4000-8000-000000000071',
  spotId: ids.spot,
  kind: 'balcony' as const,
  contactName: 'Mme Durand',
  contactPhone: '+33 6 12 34 56 78',
  status: 'granted' as const,
  notes: 'third floor, ring twice',
};

export async function seededService(store: ServerStore) {
  const sync = createSyncService(store, createPoker());
  const admin = { memberId: ids.admin, role: 'admin' as const };
  const extra = [
    {
      name: 'spot.create' as never,
      args: {
        id: ids.spot,
        momentId: ids.m100,
        label: 'Balcony of number 12',
        description: '',
        camera: { lat: 48.924, lng: 2.36 },
      },
    },
    { name: 'access.create' as never, args: access },
  ];
  const { results } = await sync.applyAsSystem([...planMutations(), ...extra], admin);
  const refused = results.filter((r) => r.outcome !== 'applied');
  if (refused.length) throw new Error(`seed refused: ${JSON.stringify(refused)}`);

  const members: Record<string, string> = {
    admin: ids.admin,
    planner: ids.planner,
    editor: ids.editor,
    lea: ids.lea,
    hugo: ids.hugo,
  };
  const roles: Record<string, Role> = {
    admin: 'admin',
    planner: 'planner',
    editor: 'editor',
    lea: 'creator',
    hugo: 'creator',
  };
  /** A device of `who` (admin, planner, editor, lea: creator on the 100 m, hugo: creator unassigned). */
  function as(who: keyof typeof members) {
    const auth: SyncAuth = {
      deviceId: randomUUID(),
      clientID: randomUUID(),
      memberId: members[who]!,
      role: roles[who]!,
    };
    let next = 1;
    let cookie: number | null = null;
    return {
      auth,
      async push(name: string, args: unknown) {
        const body = {
          ...WIRE,
          clientID: auth.clientID,
          mutations: [{ id: next++, name, args, at: AT }],
        };
        return (await sync.push(auth, body)).results[0]!;
      },
      /** Pulls from this device's cookie (the first pull is full) and moves the cookie on. */
      async pull(): Promise<PullResponse> {
        const res = await sync.pull(auth, {
          ...WIRE,
          clientID: auth.clientID,
          cookie,
          ackedMutationID: 0,
        });
        cookie = res.cookie;
        return res;
      },
    };
  }
  return { sync, as };
}

/** The access row a pull carried, if any. */
export function accessIn(pull: PullResponse) {
  const op = pull.patch.find((p) => p.op === 'put' && p.kind === 'access' && p.id === access.id);
  return op && op.op === 'put' ? (op.value as Record<string, unknown>) : undefined;
}
