// The ServerStore port: everything the sync, auth and CLI code asks of the database, in domain terms.
import type { PreviewStore } from './preview-queries.ts';
import type { CalendarStore } from './calendar-queries.ts';
import type { PushStore } from './push-queries.ts';
import type { StorageFault } from './storage-fault.ts';
import type { FeedTokenStore } from './feed-queries.ts';
import type { AnyEntity, Entity, Kind } from '../../shared/domain/entities.ts';
import type { Member } from '../../shared/domain/member.ts';
import type { ReadTx } from '../../shared/mutations/types.ts';
import type { RejectionParams } from '../../shared/protocol/rejections.ts';
import type {
  AuditChange as SharedAuditChange,
  AuditEntry as SharedAuditEntry,
} from '../../shared/protocol/audit.ts';

/** A row written by one mutation: `value` null means deleted (it becomes a tombstone). */
export interface EntityWrite {
  kind: Kind;
  id: string;
  value: AnyEntity | null;
}

/** A row changed since some version; `value` null is a tombstone. */
export interface EntityChange extends EntityWrite {
  version: number;
}

export interface MutationLogEntry {
  clientID: string;
  mutationID: number;
  memberId: string;
  deviceId: string | null;
  name: string;
  args: unknown;
  at: string;
  status: 'applied' | 'rejected';
  /** The English reason of a rejection (a fallback: clients translate `code` + `params`). */
  reason: string | null;
  /** Why it was rejected (REJECTION_CODES), null when applied or logged before protocol 2. */
  code?: string | null;
  params?: RejectionParams | null;
  /** The server found the device's `at` off: future of `loggedAt`, or before the device signed in. */
  clockOff?: boolean;
  /** The space version of the commit, for applied mutations; null for rejected ones. */
  version: number | null;
  /** When the server recorded it (server clock). */
  loggedAt: string;
  /** The record the mutation aimed at (its `args.id`), kept for rejected ones too: the audit finds them by record. */
  target?: { kind: Kind; id: string } | null;
  /** Rows the mutation changed, before and after (null: absent); only applied mutations change rows. */
  changes?: AuditChange[];
}

/** One row changed by one mutation, as the audit shows it. */
/** An audit change as the server stores it: rows are domain entities. */
export type AuditChange = SharedAuditChange<AnyEntity>;

export interface AuditQuery {
  kind?: Kind;
  id?: string;
  /** Only entries the server recorded at or after this instant (ISO 8601). */
  since?: string;
  limit: number;
}

/** One mutation in the audit trail, newest first; the shape GET /api/audit answers with. */
export type AuditEntry = SharedAuditEntry<AnyEntity>;

/**
 * One serialised write transaction: all of it commits or none of it does. Reads see the committed
 * state plus this transaction's own writes. Invariant: the space version only grows, and every
 * row written in the transaction carries the version `bumpVersion` returned.
 */
export interface WriteSession {
  readonly entities: ReadTx;
  /** The space version as this transaction sees it. */
  version(): Promise<number>;
  lastMutationID(clientID: string): Promise<number>;
  /** Adds one to the space version and returns the new version. */
  bumpVersion(): Promise<number>;
  writeEntities(version: number, writes: readonly EntityWrite[]): Promise<void>;
  /** Creates the client row if missing. */
  setLastMutationID(clientID: string, mutationID: number): Promise<void>;
  /**
   * Records a mutation and its audit changes. The caller bounds what it keeps (parsed args when
   * applied, boundedArgs when rejected). A rejection that takes the client past
   * MAX_STORED_REJECTIONS merges its two oldest rejections into one `rejections_dropped` entry
   * (params.count: how many rejections it stands for), so a device's stored rejections stay bounded.
   */
  logMutation(entry: MutationLogEntry): Promise<void>;
}

/** What a pull reads, all from one consistent snapshot. */
export interface PullSnapshot {
  version: number;
  /** Rows changed after `since` (tombstones included), or every live row when `since` is null. */
  changes: EntityChange[];
  lastMutationID: number;
  /**
   * This client's rejected mutations with id > ackedMutationID, oldest first: at most
   * MAX_STORED_REJECTIONS, since logging a rejection past it merges the two oldest (see logMutation).
   */
  rejections: MutationLogEntry[];
}

export interface WriteFault extends StorageFault {
  /** When writes started failing (ISO 8601, server clock). */
  since: string;
  /** The database's own message, e.g. "database or disk is full". */
  detail: string;
}

export interface DeviceRecord {
  id: string;
  memberId: string;
  clientID: string | null;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

export interface InviteRecord {
  id: string;
  memberId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

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

export interface ServerStore {
  /** Runs `fn` in one write transaction; writers are serialised; a throw rolls everything back.
   *  `fn` must use only its session: calling the store from inside would wait on itself. */
  write<T>(fn: (session: WriteSession) => Promise<T>): Promise<T>;
  /** SQL statements this store has executed since it was opened (on PostgreSQL, each a round trip). */
  statementCount(): number;
  version(): Promise<number>;
  /**
   * `alsoRead` runs in the same snapshot (e.g. who may see which contact), given its version; its
   * result comes back as `also`. `changes` may be shared with other pulls of the same (version,
   * since): read-only.
   */
  pullSnapshot<X = undefined>(
    clientID: string,
    since: number | null,
    ackedMutationID: number,
    alsoRead?: (entities: ReadTx, version: number) => Promise<X>,
  ): Promise<PullSnapshot & { also?: X }>;
  lastMutationID(clientID: string): Promise<number>;
  getEntity<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined>;
  listEntities<K extends Kind>(kind: K): Promise<Entity<K>[]>;
  mutationLog(clientID?: string): Promise<MutationLogEntry[]>;
  /** The audit trail, newest first, optionally of one kind or one record. */
  audit(query: AuditQuery): Promise<AuditEntry[]>;
  /** Throws if the database does not answer (readiness probe). */
  ping(): Promise<void>;
  /**
   * The storage fault (disk full, I/O error…) the last failed write met, with when it first did;
   * undefined once `probeWrite` succeeds again. Transient faults (a busy lock) are not kept.
   */
  writeFault(): WriteFault | undefined;
  /**
   * A small real write transaction (SQLite: then a passive WAL checkpoint, which needs the disk to
   * take the WAL's pages): throws the storage's error while writes fail; on success clears `writeFault`.
   */
  probeWrite(): Promise<void>;
  /**
   * Runs `fn` holding the database-wide first-start lock, so server processes starting together on
   * one database seed it once and mint one admin link: PostgreSQL `pg_advisory_xact_lock` held by a
   * transaction of its own for as long as `fn` runs; SQLite: a lock of this process only (one server
   * per file). `fn` may use the store (other connections).
   */
  withStartLock<T>(fn: () => Promise<T>): Promise<T>;
  /** Calls `listener` with the ids of the devices revoked through this store, after the commit. */
  onRevoked(listener: (deviceIds: string[]) => void): () => void;

  insertInvite(invite: InviteRecord & { tokenHash: string }): Promise<void>;
  listInvites(memberId?: string): Promise<InviteRecord[]>;
  /**
   * Atomically: the invite must exist, be unused and unexpired at `now`, and its member must exist;
   * marks it used, creates the device and binds `clientID` to it. A clientID already bound to a
   * device of the same member moves to the new device (the old one is revoked); of another member,
   * it is refused.
   */
  redeemInvite(tokenHash: string, device: NewDevice, now: string): Promise<RedeemOutcome>;
  /** Reads, changes nothing: whom an invite signs in if redeemed at `now`, or why it would be refused. */
  previewInvite(tokenHash: string, now: string): Promise<InvitePreviewOutcome>;
  /** The device holding this token and its member as of now (undefined member: deleted). */
  deviceByTokenHash(
    tokenHash: string,
  ): Promise<{ device: DeviceRecord; member: Member | undefined } | undefined>;
  touchDevice(deviceId: string, at: string): Promise<void>;
  listDevices(memberId?: string): Promise<DeviceRecord[]>;
  /** Revokes not-yet-revoked devices; returns how many it revoked. */
  revokeDevice(deviceId: string, at: string): Promise<number>;
  revokeMemberDevices(memberId: string, at: string): Promise<number>;
  /** Marks a member's unused invites used at `at`, so their links stop working; returns how many. */
  cancelInvites(memberId: string, at: string): Promise<number>;
  /** Phone snapshots of signature images (bytes), apart from the synced rows. */
  readonly previews: PreviewStore;
  /** Members' secret calendar feed URLs (hashes only), revocable. */
  readonly calendars: CalendarStore;
  /** Web Push: VAPID keys, each device's subscription, members' choices, reminders sent. */
  readonly push: PushStore;
  /** The schedule feed's tokens (hashes only), created and revoked by admins. */
  readonly feeds: FeedTokenStore;
  close(): Promise<void>;
}
