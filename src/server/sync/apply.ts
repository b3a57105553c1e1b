// Applies a push in one transaction, each mutation alone: skip, gap, reject or apply, then record it. The heart of push.
import { z } from 'zod';
import { isClockOff } from '../../shared/domain/clock.ts';
import type { Kind } from '../../shared/domain/entities.ts';
import { describeIssues, issueParams } from '../../shared/mutations/issues.ts';
import { runMutation } from '../../shared/mutations/registry.ts';
import { MutationRejected } from '../../shared/mutations/types.ts';
import type { MutationOutcome } from '../../shared/protocol/messages.ts';
import { MAX_REASON_CHARS } from '../../shared/protocol/limits.ts';
import type { RejectionCode, RejectionParams } from '../../shared/protocol/rejections.ts';
import { boundedParams } from '../../shared/protocol/rejections.ts';
import { boundedArgs } from '../../shared/protocol/stored-args.ts';
import { OverlayTx } from '../../shared/sync/overlay-tx.ts';
import type { AuditChange, EntityWrite, WriteSession } from '../db/port.ts';
import type { SyncStorage } from '../db/ports/sync-storage.ts';
import { storageFault } from '../db/storage-fault.ts';
import { ApiError } from '../errors.ts';
import type { SyncAuth } from './auth.ts';
import { auditChanges, auditTarget } from './audit-record.ts';
import type { PeekRead } from './audit-record.ts';
import { visibilityTouches } from './visibility.ts';

export interface IncomingMutation {
  /** 'next' numbers it inside the transaction (the system client, which has no outbox). */
  id: number | 'next';
  name: string;
  args: unknown;
  at: string;
}

export interface Applied {
  outcome: MutationOutcome;
  lastMutationID: number;
  /** The committed space version when the mutation was applied: the caller pokes with it. */
  version: number | null;
  /** Rows the applied mutation changed, before and after (empty when rejected or skipped). */
  changes: AuditChange[];
  /** Every row it wrote at `version`, visibility touches included (empty when rejected or skipped). */
  writes: EntityWrite[];
}

export type BugReporter = (
  error: unknown,
  context: { clientID: string; mutationID: number; name: string },
) => void;

interface Refusal {
  code: RejectionCode;
  params: RejectionParams;
  reason: string;
}

/** What a whole push did: each mutation's outcome, and the version to poke with (null: nothing applied). */
export interface PushApplied {
  results: MutationOutcome[];
  lastMutationID: number;
  version: number | null;
  /** Each applied mutation of the push, in order, with its version and changed rows (for onApplied). */
  applied: { name: string; version: number; changes: AuditChange[]; writes: EntityWrite[] }[];
}

/**
 * One push, ONE transaction (one lock, one flush, one commit). Each mutation runs in its own
 * savepoint: an overlay (shared/sync/overlay-tx.ts, the phone's too) over the transaction's view, merged into it only when the
 * mutation is applied, so a rejected or failing mutation rolls back alone and is still recorded.
 * A storage fault anywhere aborts the whole push: nothing of it is written, the caller answers 503,
 * and the client sends the same push again (exactly-once: ids at or below the client's last are
 * skipped). A gap throws 409 before anything is written. Each applied mutation takes its own
 * version (the space version counts applied mutations); a pull sees the whole push or none of it.
 */
export function applyPush(
  store: SyncStorage,
  auth: SyncAuth,
  mutations: readonly IncomingMutation[],
  reportBug: BugReporter,
  clock: () => Date = () => new Date(),
): Promise<PushApplied> {
  return store.write(async (session) => {
    const results: MutationOutcome[] = [];
    // Asked together, the client's last id and every row the push aims at come in ONE opening read.
    const [last] = await Promise.all([
      session.lastMutationID(auth.clientID),
      ...mutations.map((m) => prefetch(session, auditTarget(m))),
    ]);
    let lastMutationID = last;
    let version: number | null = null;
    const done: PushApplied['applied'] = [];
    for (const mutation of mutations) {
      const applied = await applyMutation(session, auth, mutation, reportBug, clock);
      results.push(applied.outcome);
      lastMutationID = Math.max(lastMutationID, applied.lastMutationID);
      version = applied.version ?? version;
      if (applied.version !== null) {
        done.push({
          name: mutation.name,
          version: applied.version,
          changes: applied.changes,
          writes: applied.writes,
        });
      }
    }
    return { results, lastMutationID, version, applied: done };
  });
}

/** Reads a target row ahead; a stored row that no longer parses is left for its mutator to meet (invalid_row). */
async function prefetch(session: WriteSession, target: { kind: Kind; id: string } | null): Promise<void> {
  if (!target) return;
  const read: PeekRead = session.entities;
  await (read.peek ?? read.get).call(read, target.kind, target.id).catch((error: unknown) => {
    if (storageFault(error)) throw error;
  });
}

/**
 * One mutation inside a write transaction. Invariants: lastMutationID advances by exactly one per
 * mutation that is applied or rejected;
 * the space version advances by exactly one per applied mutation and stamps every row it wrote;
 * a rejected mutation writes no entity. What is kept of it is bounded: the parsed args of an
 * applied mutation (the schemas bound them), boundedArgs of a rejected one, a reason cut to
 * MAX_REASON_CHARS. The server's receipt time is stamped beside the device's `at`, with the
 * verdict on the device's clock (domain/clock.ts), on the rows the mutation writes and in the log.
 */
export async function applyMutation(
  session: WriteSession,
  auth: SyncAuth,
  mutation: IncomingMutation,
  reportBug: BugReporter,
  clock: () => Date = () => new Date(),
): Promise<Applied> {
  const last = await session.lastMutationID(auth.clientID);
  const id = mutation.id === 'next' ? last + 1 : mutation.id;
  if (id <= last) {
    return {
      outcome: { id, outcome: 'skipped' },
      lastMutationID: last,
      version: null,
      changes: [],
      writes: [],
    };
  }
  if (id > last + 1) throw new ApiError(409, 'mutation_gap', `expected mutation ${last + 1}, got ${id}`);

  // Read inside the write lock: receipt times follow commit order.
  const receivedAt = clock().toISOString();
  const clockOff = isClockOff(mutation.at, receivedAt, auth.signedInAt);
  const tx = new OverlayTx(session.entities);
  let refusal: Refusal | null = null;
  let kept: unknown = null;
  try {
    const actor = { memberId: auth.memberId, role: auth.role };
    kept = await runMutation(tx, mutation, actor, { receivedAt, clockOff });
  } catch (error) {
    // The database failing under a read is no verdict on the mutation: the whole push aborts (503).
    if (storageFault(error)) throw error;
    if (error instanceof MutationRejected) {
      refusal = {
        code: error.code,
        params: error.params,
        reason: error.message.slice(0, MAX_REASON_CHARS),
      };
    } else {
      // A bug in a mutator, or a stored row that no longer parses: reject it so the client's queue
      // moves on and the user sees it, and report it. A row that fails its schema is named.
      reportBug(error, { clientID: auth.clientID, mutationID: id, name: mutation.name });
      refusal =
        error instanceof z.ZodError
          ? {
              code: 'invalid_row',
              params: boundedParams({ kind: auditTarget(mutation)?.kind, ...issueParams(error) }),
              reason: `stored row: ${describeIssues(error)}`.slice(0, MAX_REASON_CHARS),
            }
          : { code: 'server_error', params: {}, reason: 'server error' };
    }
  }

  const writes = refusal === null ? tx.writes() : [];
  // Server-only side effect: rows whose readers change are re-sent (see visibility.ts).
  if (refusal === null) writes.push(...(await visibilityTouches(session.entities, writes)));
  // Before/after for the audit, read before the writes land.
  const changes = await auditChanges(session.entities, writes);
  const version = refusal === null ? await session.bumpVersion() : null;
  if (version !== null) await session.writeEntities(version, writes);
  await session.setLastMutationID(auth.clientID, id);
  await session.logMutation({
    clientID: auth.clientID,
    mutationID: id,
    memberId: auth.memberId,
    deviceId: auth.deviceId,
    name: mutation.name,
    args: refusal === null ? kept : boundedArgs(mutation.args),
    at: mutation.at,
    status: refusal === null ? 'applied' : 'rejected',
    reason: refusal?.reason ?? null,
    code: refusal?.code ?? null,
    params: refusal?.params ?? null,
    clockOff,
    version,
    loggedAt: receivedAt,
    target: auditTarget(mutation),
    changes,
  });
  const outcome: MutationOutcome =
    refusal === null ? { id, outcome: 'applied' } : { id, outcome: 'rejected', ...refusal };
  return {
    outcome,
    lastMutationID: id,
    version,
    changes: refusal === null ? changes : [],
    writes: version === null ? [] : writes,
  };
}
