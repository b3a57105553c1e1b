// Who is calling the sync service: the device token's device, client, member and role.
import type { Role } from '../../shared/domain/member.ts';

export interface SyncAuth {
  /** Null for the reserved system client (seeding, admin CLI). */
  deviceId: string | null;
  clientID: string;
  memberId: string;
  role: Role;
  /** When the device signed in (server clock, ISO 8601): no tap of it can be older. Absent: not checked. */
  signedInAt?: string | null;
}

/** The client seeding and the admin CLI push as: never bound to a device, never signed in. */
export const SYSTEM_CLIENT_ID = '00000000-0000-0000-0000-000000000000';
