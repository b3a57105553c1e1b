// The sync storage port: the space version, the rows a mutation writes, each client's lastMutationID, a pull's snapshot.
import type { AnyEntity, Kind } from '../../../shared/domain/entities.ts';
import type { ReadTx } from '../../../shared/mutations/types.ts';
import type { RejectionParams } from '../../../shared/protocol/rejections.ts';
import type { AuditChange } from './audit.ts';

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

/** One mutation as the server logged it (R1, R4, R9): applied or rejected, never both, never twice. */
export interface MutationLogEntry {
  clientID: string;
  mutationID: number;
  memberId: string;
  deviceId: string | null;
  name: string;
  args: unknown;
  /** The device's clock when the mutation was made (ISO 8601 UTC). */
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
  /** When the server recorded it (server clock, ISO 8601 UTC). */
  loggedAt: string;
  /** The record the mutation aimed at (its `args.id`), kept for rejected ones too: the audit finds them by record. */
  target?: { kind: Kind; id: string } | null;
  /** Rows the mutation changed, before and after (null: absent); only applied mutations change rows. */
  changes?: AuditChange[];
}

/**
 * One serialised write transaction: all of it commits or none of it does (R10). Reads see the
 * committed state plus this transaction's own writes. Invariant: the space version only grows, and
 * every row written in the transaction carries the version `bumpVersion` returned.
 */
export interface WriteSession {
  readonly entities: ReadTx;
  /** The space version as this transaction sees it. */
  version(): Promise<number>;
  /** The highest mutation id applied or rejected for this client; 0 for a client never seen (R1). */
  lastMutationID(clientID: string): Promise<number>;
  /** Adds one to the space version and returns the new version (R10). */
  bumpVersion(): Promise<number>;
  /** Writes rows stamped with `version`; a null value deletes (a tombstone if the row existed). */
  writeEntities(version: number, writes: readonly EntityWrite[]): Promise<void>;
  /** Creates the client row if missing (R1: the caller moves it by exactly one per mutation). */
  setLastMutationID(clientID: string, mutationID: number): Promise<void>;
  /**
   * Records a mutation and its audit changes. The caller bounds what it keeps (parsed args when
   * applied, boundedArgs when rejected). A rejection that takes the client past
   * MAX_STORED_REJECTIONS merges its two oldest rejections into one `rejections_dropped` entry
   * (params.count: how many rejections it stands for), so a device's stored rejections stay bounded (R4).
   */
  logMutation(entry: MutationLogEntry): Promise<void>;
}

/** What a pull reads, all from one consistent snapshot (R10). */
export interface PullSnapshot {
  /** The space version of the snapshot: the pull's new cookie. */
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

/**
 * The push's and the pull's storage. Upholds R1 (one lastMutationID per client, 0 when unknown),
 * R4 (a client's rejections kept and handed back after its acked id, bounded) and R10 (one version
 * per write transaction, all of it or nothing; writers serialised; a pull reads one snapshot).
 * Errors: a storage fault (disk full, I/O) rejects with the database's error and writes nothing.
 */
export interface SyncStorage {
  /**
   * Runs `fn` in one write transaction; writers are serialised (across processes too, on
   * PostgreSQL); a throw rolls everything back and rejects with it. `fn` must use only its session:
   * calling the store from inside would wait on itself.
   */
  write<T>(fn: (session: WriteSession) => Promise<T>): Promise<T>;
  /** The committed space version (0 for a new database). */
  version(): Promise<number>;
  /**
   * `since` null, or ahead of the version (a reset), reads every live row; otherwise the rows
   * changed after it. `alsoRead` runs in the same snapshot (e.g. who may see which contact), given
   * its version; its result comes back as `also`. `changes` may be shared with other pulls of the
   * same (version, since): read-only.
   */
  pullSnapshot<X = undefined>(
    clientID: string,
    since: number | null,
    ackedMutationID: number,
    alsoRead?: (entities: ReadTx, version: number) => Promise<X>,
  ): Promise<PullSnapshot & { also?: X }>;
  /** The committed lastMutationID of a client; 0 for a client never seen. */
  lastMutationID(clientID: string): Promise<number>;
}
