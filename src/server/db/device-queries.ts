// Devices and invites: sign-in records, stored as token hashes only.
import type { Kysely } from 'kysely';
import type { DeviceRecord, InvitePreviewOutcome, InviteRecord, NewDevice, RedeemOutcome } from './port.ts';
import { getEntity } from './entity-queries.ts';
import { deviceFromRow, inviteFromRow } from './rows.ts';
import type { Database } from './schema.ts';

export async function insertInvite(db: Kysely<Database>, invite: InviteRecord & { tokenHash: string }) {
  await db
    .insertInto('invites')
    .values({
      id: invite.id,
      member_id: invite.memberId,
      token_hash: invite.tokenHash,
      created_at: invite.createdAt,
      expires_at: invite.expiresAt,
      used_at: invite.usedAt,
    })
    .execute();
}

export async function listInvites(db: Kysely<Database>, memberId?: string): Promise<InviteRecord[]> {
  let query = db.selectFrom('invites').selectAll().orderBy('created_at').orderBy('id');
  if (memberId !== undefined) query = query.where('member_id', '=', memberId);
  return (await query.execute()).map(inviteFromRow);
}

/** An invite's checks, shared by preview and redeem: unknown, used, expired, or its member gone. */
async function checkInvite(db: Kysely<Database>, tokenHash: string, now: string) {
  const invite = await db
    .selectFrom('invites')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!invite) return { ok: false as const, reason: 'unknown' as const };
  if (invite.used_at !== null) return { ok: false as const, reason: 'used' as const };
  if (invite.expires_at <= now) return { ok: false as const, reason: 'expired' as const };
  const member = await getEntity(db, 'member', invite.member_id);
  if (!member) return { ok: false as const, reason: 'member_gone' as const };
  return { ok: true as const, invite, member };
}

/** The checks of redeemInvite without the writes: the sign-in screen names the member before the tap. */
export async function previewInvite(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<InvitePreviewOutcome> {
  const checked = await checkInvite(db, tokenHash, now);
  if (!checked.ok) return checked;
  return { ok: true, member: checked.member, expiresAt: checked.invite.expires_at };
}

/** Must run inside a write transaction: check, mark used, create the device, bind the client. */
export async function redeemInvite(
  trx: Kysely<Database>,
  tokenHash: string,
  device: NewDevice,
  now: string,
): Promise<RedeemOutcome> {
  const checked = await checkInvite(trx, tokenHash, now);
  if (!checked.ok) return checked;
  const { invite, member } = checked;

  const client = await trx
    .selectFrom('clients')
    .leftJoin('devices', 'devices.id', 'clients.device_id')
    .select(['clients.device_id', 'devices.member_id'])
    .where('clients.client_id', '=', device.clientID)
    .executeTakeFirst();
  if (client && client.member_id !== member.id) return { ok: false, reason: 'client_taken' };
  if (client?.device_id) {
    // The same member signing in again on the same client: the old token stops working.
    await trx
      .updateTable('devices')
      .set({ client_id: null, revoked_at: now })
      .where('id', '=', client.device_id)
      .execute();
  }

  await trx.updateTable('invites').set({ used_at: now }).where('id', '=', invite.id).execute();
  const row = {
    id: device.id,
    member_id: member.id,
    client_id: device.clientID,
    name: device.name,
    token_hash: device.tokenHash,
    created_at: now,
    last_seen_at: now,
    revoked_at: null,
  };
  await trx.insertInto('devices').values(row).execute();
  if (client) {
    await trx
      .updateTable('clients')
      .set({ device_id: device.id })
      .where('client_id', '=', device.clientID)
      .execute();
  } else {
    await trx
      .insertInto('clients')
      .values({ client_id: device.clientID, device_id: device.id, last_mutation_id: 0 })
      .execute();
  }
  return { ok: true, device: deviceFromRow(row), member };
}

export async function deviceByTokenHash(db: Kysely<Database>, tokenHash: string) {
  const row = await db
    .selectFrom('devices')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return { device: deviceFromRow(row), member: await getEntity(db, 'member', row.member_id) };
}

export async function listDevices(db: Kysely<Database>, memberId?: string): Promise<DeviceRecord[]> {
  let query = db.selectFrom('devices').selectAll().orderBy('created_at').orderBy('id');
  if (memberId !== undefined) query = query.where('member_id', '=', memberId);
  return (await query.execute()).map(deviceFromRow);
}

/** Revokes the live devices `by` names; returns the ids it revoked. */
export async function revokeDevices(
  db: Kysely<Database>,
  by: { id: string } | { memberId: string },
  at: string,
): Promise<string[]> {
  let query = db.updateTable('devices').set({ revoked_at: at }).where('revoked_at', 'is', null);
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('member_id', '=', by.memberId);
  return (await query.returning('id').execute()).map((r) => r.id);
}

/** Marks the member's unused invites as used at `at`: their links then answer "already used". */
export async function cancelInvites(db: Kysely<Database>, memberId: string, at: string): Promise<number> {
  const result = await db
    .updateTable('invites')
    .set({ used_at: at })
    .where('member_id', '=', memberId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
