// The devices port: invites (one-time sign-in links) and the devices they sign in, each bound to one clientID.
import type { Member } from '../../../shared/domain/member.ts';

/** A signed-in device. Times are ISO 8601 UTC (server clock). */
export interface DeviceRecord {
  id: string;
  memberId: string;
  /** The sync client it speaks for; null once revoked or moved to a newer device of the member. */
  clientID: string | null;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** An invite as stored (never its token: the token's SHA-256 `tokenHash` is kept apart). */
export interface InviteRecord {
  id: string;
  memberId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** The device a redeemed invite creates; `tokenHash` is the SHA-256 of its bearer token. */
export interface NewDevice {
  id: string;
  name: string;
  tokenHash: string;
  clientID: string;
}

export type RedeemOutcome =
  | { ok: true; device: DeviceRecord; member: Member }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'member_gone' | 'client_taken' };

export type InvitePreviewOutcome =
  | { ok: true; member: Member; expiresAt: string }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'member_gone' };

/**
 * Invites and devices. Upholds R13 (a device token is bound to one clientID, which belongs to one
 * member: another member's redeem of it is refused `client_taken`). Tokens are looked up by hash
 * only. Refusals are outcomes, not throws; only a storage fault throws. Every `at`/`now` is ISO
 * 8601 UTC; an invite is expired at `now` >= `expiresAt`.
 */
export interface DeviceStore {
  insertInvite(invite: InviteRecord & { tokenHash: string }): Promise<void>;
  /** Every invite, or one member's. */
  listInvites(memberId?: string): Promise<InviteRecord[]>;
  /**
   * Atomically: the invite must exist, be unused and unexpired at `now`, and its member must exist;
   * marks it used, creates the device and binds `clientID` to it. A clientID already bound to a
   * device of the same member moves to the new device (the old one is revoked); of another member,
   * it is refused. A refusal writes nothing.
   */
  redeemInvite(tokenHash: string, device: NewDevice, now: string): Promise<RedeemOutcome>;
  /** Reads, changes nothing: whom an invite signs in if redeemed at `now`, or why it would be refused. */
  previewInvite(tokenHash: string, now: string): Promise<InvitePreviewOutcome>;
  /** The device holding this token and its member as of now (undefined member: deleted). */
  deviceByTokenHash(
    tokenHash: string,
  ): Promise<{ device: DeviceRecord; member: Member | undefined } | undefined>;
  /** Sets the device's lastSeenAt; an unknown id changes nothing. */
  touchDevice(deviceId: string, at: string): Promise<void>;
  /** Every device, or one member's, revoked ones too. */
  listDevices(memberId?: string): Promise<DeviceRecord[]>;
  /** Revokes not-yet-revoked devices; returns how many it revoked (0: unknown or already revoked). */
  revokeDevice(deviceId: string, at: string): Promise<number>;
  revokeMemberDevices(memberId: string, at: string): Promise<number>;
  /** Marks a member's unused invites used at `at`, so their links stop working; returns how many. */
  cancelInvites(memberId: string, at: string): Promise<number>;
  /**
   * Calls `listener` with the ids of the devices revoked through this store, after the commit, once
   * per revocation that revoked any; returns the unsubscribe function.
   */
  onRevoked(listener: (deviceIds: string[]) => void): () => void;
}
