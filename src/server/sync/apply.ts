// Applies one mutation in one transaction: skip, gap, reject or apply, then record it. The heart of push.
import { runMutation } from '../../shared/mutations/registry.ts';
import { MutationRejected } from '../../shared/mutations/types.ts';
import type { MutationOutcome } from '../../shared/protocol/messages.ts';
import type { ServerStore } from '../db/port.ts';
import { ApiError } from '../errors.ts';
import type { SyncAuth } from './auth.ts';
import { BufferedTx } from './buffered-tx.ts';
import { auditChanges, auditTarget } from './audit-record.ts';
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
}

export type BugReporter = (
  error: unknown,
  context: { clientID: string; mutationID: number; name: string },
) => void;

/**
 * Invariants: lastMutationID advances by exactly one per mutation that is applied or rejected;
 * the space version advances by exactly one per applied mutation and stamps every row it wrote;
 * a rejected mutation writes no entity.
 */
export function applyMutation(
  store: ServerStore,
  auth: SyncAuth,
  mutation: IncomingMutation,
  reportBug: BugReporter,
): Promise<Applied> {
  return store.write(async (session) => {
    const last = await session.lastMutationID(auth.clientID);
    const id = mutation.id === 'next' ? last + 1 : mutation.id;
    if (id <= last) return { outcome: { id, outcome: 'skipped' }, lastMutationID: last, version: null };
    if (id > last + 1) throw new ApiError(409, 'mutation_gap', `expected mutation ${last + 1}, got ${id}`);

    const tx = new BufferedTx(session.entities);
    let reason: string | null = null;
    try {
      await runMutation(tx, mutation, { memberId: auth.memberId, role: auth.role });
    } catch (error) {
      if (error instanceof MutationRejected) reason = error.message;
      else {
        // A bug in a mutator: reject it so the client's queue moves on and the user sees it.
        reportBug(error, { clientID: auth.clientID, mutationID: id, name: mutation.name });
        reason = 'server error';
      }
    }

    const writes = reason === null ? tx.writes() : [];
    // Server-only side effect: rows whose readers change are re-sent (see visibility.ts).
    if (reason === null) writes.push(...(await visibilityTouches(session.entities, writes)));
    // Before/after for the audit, read before the writes land.
    const changes = await auditChanges(session.entities, writes);
    const version = reason === null ? await session.bumpVersion() : null;
    if (version !== null) await session.writeEntities(version, writes);
    await session.setLastMutationID(auth.clientID, id);
    await session.logMutation({
      clientID: auth.clientID,
      mutationID: id,
      memberId: auth.memberId,
      deviceId: auth.deviceId,
      name: mutation.name,
      args: mutation.args,
      at: mutation.at,
      status: reason === null ? 'applied' : 'rejected',
      reason,
      version,
      loggedAt: new Date().toISOString(),
      target: auditTarget(mutation),
      changes,
    });
    const outcome: MutationOutcome =
      reason === null ? { id, outcome: 'applied' } : { id, outcome: 'rejected', reason };
    return { outcome, lastMutationID: id, version };
  });
}
