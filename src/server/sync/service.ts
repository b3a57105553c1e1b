// The sync service: push, pull and system mutations, independent of HTTP so tests and benches call it directly.
import type { MutationName } from '../../shared/mutations/registry.ts';
import type { Actor } from '../../shared/mutations/types.ts';
import type { PatchOp, PullResponse, PushResponse } from '../../shared/protocol/messages.ts';
import { DATA_VERSION } from '../../shared/protocol/version.ts';
import type { AuditChange } from '../db/port.ts';
import type { SyncStorage } from '../db/ports/sync-storage.ts';
import { ApiError } from '../errors.ts';
import { applyPush } from './apply.ts';
import type { BugReporter, IncomingMutation } from './apply.ts';
import type { SyncAuth } from './auth.ts';
import { SYSTEM_CLIENT_ID } from './auth.ts';
import type { Poker } from './poke.ts';
import { pushPatch } from './poke-patch.ts';
import { parsePull, parsePush } from './validate.ts';
import {
  NO_CONTACTS,
  contactVisibility,
  createSharedLists,
  createVisibilityCache,
  redactRow,
} from './visibility.ts';

export interface SyncService {
  push(auth: SyncAuth, body: unknown): Promise<PushResponse>;
  pull(auth: SyncAuth, body: unknown): Promise<PullResponse>;
  /**
   * Seeding, the admin CLI and the schedule feed: the same path as a push, as a reserved client
   * (the system client unless `as` names another, with the device or feed token it came through).
   */
  applyAsSystem(
    mutations: readonly { name: MutationName; args: unknown }[],
    actor: Actor,
    as?: { clientID: string; deviceId: string | null },
  ): Promise<PushResponse>;
  /**
   * Calls `listener` after the COMMIT of each applied mutation (pushed or system), with the rows
   * it changed; a throwing listener is reported and never fails the push. Returns the unsubscribe.
   * Listeners must not block: they hand work to a queue (Web Push does).
   */
  onApplied(listener: AppliedListener): () => void;
}

/** Options of the sync service. */
export interface SyncServiceOptions {
  /** The data version pull answers name (DATA_VERSION); tests pin a newer server's. */
  dataVersion?: number;
}

/** One applied mutation after its COMMIT: who made it, its name, and each changed row before/after. */
export interface AppliedMutation {
  memberId: string;
  deviceId: string | null;
  name: string;
  version: number;
  changes: readonly AuditChange[];
}

export type AppliedListener = (applied: AppliedMutation) => void;

export function createSyncService(
  store: SyncStorage,
  poker: Poker,
  reportBug: BugReporter = logBug,
  options: SyncServiceOptions = {},
): SyncService {
  const dataVersion = options.dataVersion ?? DATA_VERSION;
  const listeners = new Set<AppliedListener>();
  function announce(auth: SyncAuth, name: string, version: number, changes: readonly AuditChange[]) {
    for (const listener of [...listeners]) {
      try {
        listener({ memberId: auth.memberId, deviceId: auth.deviceId, name, version, changes });
      } catch (error) {
        reportBug(error, { clientID: auth.clientID, mutationID: -1, name });
      }
    }
  }

  async function applyAll(auth: SyncAuth, mutations: readonly IncomingMutation[]) {
    const applied = await applyPush(store, auth, mutations, reportBug);
    // One poke per push, after its one commit: every row of it is visible at once. The rows ride
    // along when every reader sees them alike and they are small (R15).
    if (applied.version !== null) {
      const from = applied.applied[0]!.version - 1;
      const writes = applied.applied.map((m) => m.writes);
      // Serialised only when some device listens (in-process callers and benches have none).
      const patch =
        poker.size > 0 ? pushPatch(from, applied.version, writes, auth.clientID, dataVersion) : null;
      poker.poke(applied.version, patch);
    }
    // After the same commit, each applied mutation in order (Web Push and other listeners).
    for (const m of applied.applied) announce(auth, m.name, m.version, m.changes);
    return { lastMutationID: applied.lastMutationID, results: applied.results };
  }

  const visibility = createVisibilityCache();
  const lists = createSharedLists();
  return {
    async push(auth, body) {
      const request = parsePush(body);
      checkClient(auth, request.clientID);
      const first = request.mutations[0]!;
      request.mutations.forEach((m, i) => {
        const expected = first.id + i;
        if (m.id !== expected)
          throw new ApiError(409, 'mutation_gap', `mutations.${i}.id: expected ${expected}, got ${m.id}`);
      });
      // A gap is refused inside the push's transaction, before anything is written (apply.ts).
      return applyAll(auth, request.mutations);
    },

    async pull(auth, body) {
      const request = parsePull(body);
      checkClient(auth, request.clientID);
      // Who may read which contacts, decided in the same snapshot as the rows themselves.
      const snap = await store.pullSnapshot(
        auth.clientID,
        request.cookie,
        request.ackedMutationID,
        (read, version) => visibility(version, auth, () => contactVisibility(lists(version, read), auth)),
      );
      const visible = snap.also ?? NO_CONTACTS;
      const reset = request.cookie === null || request.cookie > snap.version;
      const patch: PatchOp[] = reset ? [{ op: 'clear' }] : [];
      for (const c of snap.changes) {
        patch.push(
          c.value === null
            ? { op: 'del', kind: c.kind, id: c.id }
            : {
                op: 'put',
                kind: c.kind,
                id: c.id,
                value: redactRow(c.kind, c.value, visible),
              },
        );
      }
      // Bounded: at most MAX_STORED_REJECTIONS per client, args cut to MAX_STORED_ARGS_BYTES when logged.
      const rejected = snap.rejections.map((r) => ({
        id: r.mutationID,
        name: r.name,
        args: r.args,
        at: r.at,
        reason: r.reason ?? '',
        ...(r.code ? { code: r.code } : {}),
        ...(r.params ? { params: r.params } : {}),
      }));
      return { dataVersion, cookie: snap.version, lastMutationID: snap.lastMutationID, patch, rejected };
    },

    async applyAsSystem(mutations, actor, as = { clientID: SYSTEM_CLIENT_ID, deviceId: null }) {
      const auth: SyncAuth = { ...as, ...actor };
      const at = new Date().toISOString();
      const incoming = mutations.map((m) => ({ id: 'next' as const, name: m.name, args: m.args, at }));
      return applyAll(auth, incoming);
    },

    onApplied(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A device token is bound to one clientID: naming another is refused, never silently accepted. */
function checkClient(auth: SyncAuth, clientID: string): void {
  if (clientID !== auth.clientID) {
    throw new ApiError(
      403,
      'unknown_client',
      `clientID ${clientID} is not the client this device signed in with`,
    );
  }
}

function logBug(error: unknown, context: { clientID: string; mutationID: number; name: string }): void {
  console.error(
    `mutator bug in ${context.name} (client ${context.clientID}, mutation ${context.mutationID})`,
    error,
  );
}
