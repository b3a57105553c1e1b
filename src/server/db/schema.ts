// The server database's tables as Kysely types: rows as stored, never handed to mutators or the wire.

/** One row, id = 1: the space version, bumped once per applied mutation. */
export interface SpaceTable {
  id: number;
  version: number;
  /** Counter of mutation_log rows (migration 0002): the audit's order, commit order across processes. */
  log_seq?: number;
}

/** Every synced row; `data` is the entity as JSON text, null once deleted (a tombstone). */
export interface EntitiesTable {
  kind: string;
  id: string;
  data: string | null;
  /** The space version of the commit that last wrote the row. */
  version: number;
  /** 0 or 1: an integer rather than a boolean so every dialect stores it the same way. */
  deleted: number;
}

/** A sync client (one per device; the reserved system client for seeding and the CLI). */
export interface ClientsTable {
  client_id: string;
  device_id: string | null;
  last_mutation_id: number;
}

/** Every mutation a client pushed and what became of it: the rejections pull returns, and the audit trail. */
export interface MutationLogTable {
  client_id: string;
  mutation_id: number;
  member_id: string;
  device_id: string | null;
  name: string;
  /** The arguments as JSON text, as received. */
  args: string;
  /** When the user tapped (client clock). */
  at: string;
  status: 'applied' | 'rejected';
  reason: string | null;
  /** The space version of the commit, for applied mutations. */
  version: number | null;
  /** When the server recorded it (server clock). */
  logged_at: string;
  /** The record aimed at (args.id), applied or rejected (migration 0002; null before it). */
  target_kind?: string | null;
  target_id?: string | null;
  /** From space.log_seq (migration 0002; null on older rows). */
  seq?: number | null;
  /** Why it was rejected (REJECTION_CODES) and its params as JSON (migration 0005; null before, and when applied). */
  code?: string | null;
  params?: string | null;
  /** 1 when the server found the device's `at` off (migration 0005). */
  clock_off?: number;
}

/** Before and after of every row an applied mutation changed (migration 0002): the audit trail. */
export interface MutationChangesTable {
  client_id: string;
  mutation_id: number;
  /** Order of the change within its mutation. */
  seq: number;
  kind: string;
  entity_id: string;
  /**
   * The row as JSON text, null when it did not exist (before) or was deleted (after). Since
   * migration 0011 `before` is null when `before_delta` holds it (a change, not a creation or deletion).
   */
  before: string | null;
  /** The before-row as a BeforeDelta from `after` (audit-delta.ts); null on older rows (migration 0011). */
  before_delta?: string | null;
  after: string | null;
}

export interface DevicesTable {
  id: string;
  member_id: string;
  /** Null once another device took the client over. */
  client_id: string | null;
  name: string;
  /** SHA-256 of the device token (base64url); the token itself is never stored. */
  token_hash: string;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

export interface InvitesTable {
  id: string;
  member_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Always empty between transactions: the readiness probe inserts a row and deletes it (migration 0007). */
export interface WriteProbeTable {
  id: number;
  filler: Uint8Array;
}

export interface Database {
  space: SpaceTable;
  entities: EntitiesTable;
  clients: ClientsTable;
  mutation_log: MutationLogTable;
  mutation_changes: MutationChangesTable;
  devices: DevicesTable;
  invites: InvitesTable;
  write_probe: WriteProbeTable;
}
