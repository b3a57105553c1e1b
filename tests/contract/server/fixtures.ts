// Shared rows and helpers of the server ports' contract suites (tests/contract/server/*.contract.ts).
import { randomUUID } from 'node:crypto';
import type { Member } from '../../../src/shared/domain/member.ts';
import type {
  EntityWrite,
  MutationLogEntry,
  SyncStorage,
} from '../../../src/server/db/ports/sync-storage.ts';
import type { StoreLifecycle } from '../../../src/server/db/ports/health.ts';

/** Opens a fresh, empty store exposing (at least) the ports a suite checks. */
export type OpenStore<Port> = () => Promise<Port & Pick<StoreLifecycle, 'close'>>;

export const HOUR = 3_600_000;
export const iso = (ms: number) => new Date(ms).toISOString();

export const member = (name: string, role: Member['role'] = 'creator'): Member => ({
  id: randomUUID(),
  name,
  role,
  contact: '',
});

export const venue = (name: string) => ({
  id: randomUUID(),
  name,
  city: 'Paris',
  position: { lat: 48.92, lng: 2.36 },
  timeZone: 'Europe/Paris',
});

export const logEntry = (
  clientID: string,
  mutationID: number,
  over: Partial<MutationLogEntry> = {},
): MutationLogEntry => ({
  clientID,
  mutationID,
  memberId: randomUUID(),
  deviceId: null,
  name: 'venue.put',
  args: { any: ['json', 1] },
  at: '2024-08-04T19:50:00.000Z',
  status: 'applied',
  reason: null,
  version: null,
  loggedAt: new Date().toISOString(),
  ...over,
});

/** Writes rows in one transaction stamped with a new version, like an applied mutation; returns the version. */
export function commit(store: SyncStorage, writes: EntityWrite[]): Promise<number> {
  return store.write(async (s) => {
    const v = await s.bumpVersion();
    await s.writeEntities(v, writes);
    return v;
  });
}
