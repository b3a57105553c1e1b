// Builders for server tests: valid mutation arguments and a sync service over an in-memory store.
import { randomUUID } from 'node:crypto';
import type { Member, Role } from '../../src/shared/domain/member.ts';
import { openSqliteStore } from '../../src/server/db/index.ts';
import { createPoker } from '../../src/server/sync/poke.ts';
import { createSyncService } from '../../src/server/sync/service.ts';
import type { BugReporter } from '../../src/server/sync/apply.ts';
import type { SyncAuth } from '../../src/server/sync/auth.ts';
import { WIRE } from './wire.ts';

export const AT = '2024-08-04T19:50:00.000Z';

export function memberArgs(name: string, role: Role = 'creator'): Member {
  return { id: randomUUID(), name, role, contact: '' };
}

export function editionArgs(name = 'Paris 2024 Olympic Games') {
  return {
    id: randomUUID(),
    type: 'olympic' as const,
    name,
    startDay: '2024-07-26',
    endDay: '2024-08-11',
    timeZone: 'Europe/Paris',
  };
}

export function venueArgs(name = 'Stade de France') {
  return {
    id: randomUUID(),
    name,
    city: 'Saint-Denis',
    position: { lat: 48.9245, lng: 2.3602 },
    timeZone: 'Europe/Paris',
  };
}

/** A sync service on a fresh in-memory SQLite store, with an admin and a creator already members. */
export async function syncFixture(reportBug?: BugReporter) {
  const store = await openSqliteStore(':memory:');
  const poker = createPoker();
  const pokes: number[] = [];
  poker.subscribe((v) => pokes.push(v));
  const sync = createSyncService(store, poker, reportBug);
  const admin = memberArgs('Admin', 'admin');
  const creator = memberArgs('Chloé', 'creator');
  await sync.applyAsSystem(
    [
      { name: 'member.put', args: admin },
      { name: 'member.put', args: creator },
    ],
    { memberId: admin.id, role: 'admin' },
  );
  pokes.length = 0;
  const auth = (role: 'admin' | 'creator' = 'admin', clientID: string = randomUUID()): SyncAuth => ({
    deviceId: randomUUID(),
    clientID,
    memberId: role === 'admin' ? admin.id : creator.id,
    role,
  });
  return { store, poker, pokes, sync, admin, creator, auth };
}

/** A push body for `clientID` with mutations numbered from `firstId`. */
export function pushBody(clientID: string, firstId: number, mutations: { name: string; args: unknown }[]) {
  return {
    ...WIRE,
    clientID,
    mutations: mutations.map((m, i) => ({ id: firstId + i, at: AT, ...m })),
  };
}

export function pullBody(clientID: string, cookie: number | null = null, ackedMutationID = 0) {
  return { ...WIRE, clientID, cookie, ackedMutationID };
}
