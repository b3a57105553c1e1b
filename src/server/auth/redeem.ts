// Redeeming an invite: the device gets its own token, bound to the member and to the client it names.
import { InvitePreviewRequest, RedeemRequest } from '../../shared/protocol/messages.ts';
import type { InvitePreview, SessionInfo } from '../../shared/protocol/messages.ts';
import type { DeviceStore } from '../db/ports/devices.ts';
import { storableText } from '../db/rows.ts';
import { ApiError } from '../errors.ts';
import { parseBody } from '../sync/validate.ts';
import { hashToken, newId, newToken } from './tokens.ts';

const REFUSALS = {
  unknown: 'this invite does not exist: ask an admin for a new sign-in link',
  used: 'this invite was already used: ask an admin for a new sign-in link',
  expired: 'this invite has expired: ask an admin for a new sign-in link',
  member_gone: 'the member of this invite is no longer on the team',
} as const;

export async function redeemInvite(
  store: DeviceStore,
  body: unknown,
  now: Date = new Date(),
): Promise<SessionInfo> {
  const request = parseBody(RedeemRequest, body);
  const deviceToken = newToken();
  const result = await store.redeemInvite(
    hashToken(request.invite),
    {
      id: newId(),
      name: storableText(request.deviceName),
      tokenHash: hashToken(deviceToken),
      clientID: request.clientID,
    },
    now.toISOString(),
  );
  if (!result.ok) {
    if (result.reason === 'client_taken') {
      throw new ApiError(
        403,
        'unknown_client',
        'clientID: this client belongs to another member; start a new client',
      );
    }
    throw new ApiError(401, 'invite_invalid', REFUSALS[result.reason]);
  }
  const { member, device } = result;
  return {
    deviceToken,
    deviceId: device.id,
    member: { id: member.id, name: member.name, role: member.role },
  };
}

/**
 * Whom a sign-in link is for, without using it: the sign-in screen names the member and role
 * before the tap. Refused like a redeem (401 invite_invalid, the same reasons); changes nothing.
 */
export async function previewInvite(
  store: DeviceStore,
  body: unknown,
  now: Date = new Date(),
): Promise<InvitePreview> {
  const request = parseBody(InvitePreviewRequest, body);
  const result = await store.previewInvite(hashToken(request.invite), now.toISOString());
  if (!result.ok) throw new ApiError(401, 'invite_invalid', REFUSALS[result.reason]);
  return { member: { name: result.member.name, role: result.member.role }, expiresAt: result.expiresAt };
}
