// Rows to domain types and back: the only place that knows how entities and log entries are stored.
import type { Selectable } from 'kysely';
import type { AnyEntity, Kind } from '../../shared/domain/entities.ts';
import { isKind, parseEntity } from '../../shared/domain/entities.ts';
import type { RejectionParams } from '../../shared/protocol/rejections.ts';
import type { DeviceRecord, EntityChange, InviteRecord, MutationLogEntry } from './port.ts';
import type { DevicesTable, EntitiesTable, InvitesTable, MutationLogTable } from './schema.ts';

/** Parses a stored entity; a row that no longer parses is a bug worth a loud error, not a silent skip. */
export function entityFromData<K extends Kind>(kind: K, data: string) {
  return parseEntity(kind, JSON.parse(data));
}

export function changeFromRow(row: Selectable<EntitiesTable>): EntityChange {
  if (!isKind(row.kind)) throw new Error(`entities table holds an unknown kind ${row.kind}`);
  const value = row.deleted || row.data === null ? null : (entityFromData(row.kind, row.data) as AnyEntity);
  return { kind: row.kind, id: row.id, version: Number(row.version), value };
}

export function logEntryFromRow(row: Selectable<MutationLogTable>): MutationLogEntry {
  return {
    clientID: row.client_id,
    mutationID: Number(row.mutation_id),
    memberId: row.member_id,
    deviceId: row.device_id,
    name: row.name,
    args: parseArgs(row.args),
    at: row.at,
    status: row.status,
    reason: row.reason,
    code: row.code ?? null,
    params: row.params == null ? null : (parseArgs(row.params) as RejectionParams),
    clockOff: Boolean(row.clock_off),
    version: row.version === null ? null : Number(row.version),
    loggedAt: row.logged_at,
  };
}

export function logEntryToRow(entry: MutationLogEntry): MutationLogTable {
  return {
    client_id: entry.clientID,
    mutation_id: entry.mutationID,
    member_id: entry.memberId,
    device_id: entry.deviceId,
    name: storableText(entry.name),
    // `undefined` args (a client that omitted them) are stored as null so the column stays valid JSON.
    args: JSON.stringify(entry.args ?? null),
    at: entry.at,
    status: entry.status,
    reason: entry.reason === null ? null : storableText(entry.reason),
    code: entry.code ?? null,
    // JSON.stringify escapes control characters (NUL included): the column stays storable.
    params: entry.params == null ? null : JSON.stringify(entry.params),
    clock_off: entry.clockOff ? 1 : 0,
    version: entry.version,
    logged_at: entry.loggedAt,
    target_kind: entry.target?.kind ?? null,
    target_id: entry.target?.id ?? null,
  };
}

export function deviceFromRow(row: Selectable<DevicesTable>): DeviceRecord {
  return {
    id: row.id,
    memberId: row.member_id,
    clientID: row.client_id,
    name: row.name,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  };
}

export function inviteFromRow(row: Selectable<InvitesTable>): InviteRecord {
  return {
    id: row.id,
    memberId: row.member_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}

function parseArgs(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * PostgreSQL text cannot hold U+0000, and a client controls a mutation's name (echoed in the
 * rejection reason): NULs become U+FFFD so a hostile name is recorded, not a 500. JSON columns
 * need nothing: JSON.stringify escapes control characters.
 */
export function storableText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}
