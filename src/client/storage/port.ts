// The client's local store as a port: what sync and the UI need, whatever the database under it.
import type { AnyEntity, Entity, Kind } from '../../shared/domain/entities.ts';
import type { MutationArgs, MutationName } from '../../shared/mutations/registry.ts';
import type { Actor } from '../../shared/mutations/types.ts';
import type { Mutation, PullResponse, Rejection } from '../../shared/protocol/messages.ts';
import type { RejectionParams } from '../../shared/protocol/rejections.ts';

/**
 * Local state is kept as two layers, Replicache-style:
 * - base: rows exactly as the server last sent them (at `cookie`);
 * - view: base with every pending (unacknowledged) mutation re-applied on top; the UI reads it.
 * Invariant: view == base + replay(outbox), after every mutate() and every applyPull().
 */
export interface LocalStore {
  /** Applies a mutation to the view at once (optimistic) and appends it to the outbox, atomically. */
  mutate<N extends MutationName>(name: N, args: MutationArgs<N>, actor: Actor): Promise<MutateResult>;

  /**
   * Pending mutations in id order, oldest first, at most `limit`, only those with id > `afterID`
   * (default 0): the sync client pushes in batches before a pull acknowledges them.
   */
  pending(limit: number, afterID?: number): Promise<PendingMutation[]>;

  /**
   * Applies a pull response: drops acknowledged outbox entries (ids <= lastMutationID) and keeps
   * rejected ones as rejections in a first small transaction, then the patch into base in bounded
   * chunks, then rebuilds the view; the cookie moves only at the end. Throws on an invalid row
   * before writing anything, and StorageFullError when the phone has no room left (what was
   * acknowledged stays acknowledged).
   */
  applyPull(response: PullResponse, actor: Actor): Promise<void>;

  getMeta(): Promise<SyncMeta>;
  setSession(session: StoredSession | null): Promise<void>;
  /** Remembers the rows kept aside by the last pulls (null: none), see SyncMeta.setAside. */
  setAside(aside: SetAside | null): Promise<void>;

  get<K extends Kind>(kind: K, id: string): Promise<Entity<K> | undefined>;
  list<K extends Kind>(kind: K): Promise<Entity<K>[]>;
  rejections(): Promise<StoredRejection[]>;
  /** The user has read a rejection and chooses to let it go (it stays in the server's log). */
  dismissRejection(id: number): Promise<void>;

  /**
   * The two layers under the view, read in one transaction, for tests and diagnostics (SYNC-RULES
   * R5): `base`, every row as the server last sent it (at `cookie`), in no promised order; `outbox`,
   * every pending mutation, oldest first (as `pending`). Replaying the outbox over the base with the
   * shared mutators (`src/shared/mutations`, each in an OverlayTx) gives the view. Screens read the
   * view (`get`, `list`), never this.
   */
  layers(): Promise<StoreLayers>;

  /**
   * Calls `listener` after each mutate() on this store instance (not other tabs'), so the sync
   * client can push soon. Returns the unsubscribe function. Optional for older adapters.
   */
  onMutate?(listener: (mutationID: number) => void): () => void;

  close(): Promise<void>;
}

/** What `LocalStore.layers` reads: the base and the outbox, apart from the view. */
export interface StoreLayers {
  cookie: number | null;
  base: { kind: Kind; id: string; value: AnyEntity }[];
  outbox: PendingMutation[];
}

export interface MutateResult {
  mutationID: number;
  /** Set when the rules refuse it locally; it is queued anyway and the server decides. */
  localRejection?: string;
  /** The code and params of that refusal (protocol 2), for the screen to translate. */
  refusal?: { code: string; params: RejectionParams };
}

export interface PendingMutation extends Mutation {
  clientID: string;
  /** Set when the rules refused it on this device at its last (re)play; the server still decides. */
  localRejection?: string;
}

export interface SyncMeta {
  clientID: string;
  /** Version of the base state; null before the first pull. */
  cookie: number | null;
  /** Highest mutation id the server has acknowledged (applied, skipped or rejected). */
  ackedMutationID: number;
  /** Next id mutate() will use; ids increase by one per client. */
  nextMutationID: number;
  lastSyncAt: string | null;
  session: StoredSession | null;
  /**
   * View keys written by mutations the server acknowledged while the pull that carries their
   * rows is not stored yet (a full phone): reset from base when that pull completes.
   */
  staleKeys?: string[];
  /**
   * Rows a newer server sent that this app could not read (src/client/sync/data-version.ts): kept
   * aside, the phone's last readable value stays in place; cleared once an updated app pulls them.
   */
  setAside?: SetAside;
}

/** Rows kept aside, and the data versions of this app and of the server when they were. */
export interface SetAside {
  /** `kind/id` of each row aside; may be empty when only the server's data version is newer. */
  keys: string[];
  appDataVersion: number;
  serverDataVersion: number;
}

export interface StoredSession {
  deviceToken: string;
  deviceId: string;
  member: Actor & { name: string };
}

export interface StoredRejection extends Rejection {
  /** When this device learnt of it. */
  receivedAt: string;
}
