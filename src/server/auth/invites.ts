// Creating one-time sign-in invites, and the link that carries one (in the fragment, out of server logs).
import type { InviteRecord } from '../db/port.ts';
import type { DeviceStore } from '../db/ports/devices.ts';
import { hashToken, newId, newToken } from './tokens.ts';

export const DEFAULT_INVITE_TTL_HOURS = 72;

export interface CreatedInvite {
  /** The one-time token: shown once to the admin, never stored or logged. */
  token: string;
  invite: InviteRecord;
}

export async function createInvite(
  store: DeviceStore,
  memberId: string,
  ttlHours: number = DEFAULT_INVITE_TTL_HOURS,
  now: Date = new Date(),
): Promise<CreatedInvite> {
  const token = newToken();
  const invite: InviteRecord = {
    id: newId(),
    memberId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlHours * 3_600_000).toISOString(),
    usedAt: null,
  };
  await store.insertInvite({ ...invite, tokenHash: hashToken(token) });
  return { token, invite };
}

/** `PUBLIC_URL/signin#invite=<token>`: a fragment is never sent to a server, so never logged by one. */
export function signInLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/signin#invite=${encodeURIComponent(token)}`;
}
