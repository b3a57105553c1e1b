// Bearer device tokens → who is calling; 401 for a missing, unknown or revoked token.
import type { DeviceStore } from '../db/ports/devices.ts';
import { ApiError } from '../errors.ts';
import type { SyncAuth } from '../sync/auth.ts';
import { hashToken } from './tokens.ts';

/** last_seen_at is for people ("seen 5 min ago"): writing it on every request would cost a write per pull. */
const TOUCH_EVERY_MS = 60_000;

export type Authenticate = (authorization: string | undefined) => Promise<SyncAuth & { deviceId: string }>;

export function createAuthenticator(store: DeviceStore, clock: () => Date = () => new Date()): Authenticate {
  const lastTouched = new Map<string, number>();

  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(authorization?.trim() ?? '');
    if (!match)
      throw new ApiError(
        401,
        'unauthorized',
        'Authorization: expected "Bearer <device token>"; sign in first',
      );
    const found = await store.deviceByTokenHash(hashToken(match[1]!));
    if (!found) throw new ApiError(401, 'unauthorized', 'this device token is not known: sign in again');
    const { device, member } = found;
    if (device.revokedAt !== null || device.clientID === null) {
      throw new ApiError(401, 'device_revoked', 'this device was signed out by an admin: sign in again');
    }
    if (!member)
      throw new ApiError(401, 'device_revoked', 'the member of this device is no longer on the team');

    const now = clock();
    if (now.getTime() - (lastTouched.get(device.id) ?? 0) >= TOUCH_EVERY_MS) {
      lastTouched.set(device.id, now.getTime());
      // "Last seen" is for people: a disk that refuses writes must not also refuse every pull.
      // The failure is remembered by the store (readiness) and the next push reports it.
      await store.touchDevice(device.id, now.toISOString()).catch(() => lastTouched.delete(device.id));
    }
    return {
      deviceId: device.id,
      clientID: device.clientID,
      memberId: member.id,
      role: member.role,
      signedInAt: device.createdAt,
    };
  };
}
