// The local store's one algorithm (Replicache-style): optimistic mutate, and applyPull with rebase.
// Every adapter runs it over its own tables inside its own transaction; it is never written twice.
import { z } from 'zod';
import type { Kind } from '../../shared/domain/entities.ts';
import { parseEntity } from '../../shared/domain/entities.ts';
import { describeIssues, runMutation } from '../../shared/mutations/registry.ts';
import type { Actor } from '../../shared/mutations/types.ts';
import { MutationRejected } from '../../shared/mutations/types.ts';
import type { RejectionParams } from '../../shared/protocol/rejections.ts';
import type { Mutation, PullResponse } from '../../shared/protocol/messages.ts';
import { BufferedTx } from './buffered-tx.ts';
import type { MutateResult } from './port.ts';
import type { OutboxEntry, RowTable, StoreTables } from './tables.ts';
import { parseRowKey, rowKey } from './tables.ts';

interface Played {
  keys: string[];
  localRejection?: string;
  /** The rules' code and params when they refused it here, so the screen can translate it. */
  refusal?: { code: string; params: RejectionParams };
}

/**
 * Plays one mutation on the view. Its writes land only if the mutator succeeds; if the rules (or
 * a bug) refuse it here it writes nothing and says why: it stays queued, the server decides.
 */
async function play(
  view: RowTable,
  m: Pick<Mutation, 'name' | 'args' | 'at'>,
  actor: Actor,
): Promise<Played> {
  const tx = new BufferedTx(view);
  try {
    await runMutation(tx, m, actor);
  } catch (error) {
    const localRejection = error instanceof Error ? error.message : String(error);
    if (error instanceof MutationRejected) {
      return { keys: [], localRejection, refusal: { code: error.code, params: error.params } };
    }
    return { keys: [], localRejection };
  }
  return { keys: await tx.flush() };
}

function withPlay(entry: Omit<OutboxEntry, 'keys' | 'localRejection'>, played: Played): OutboxEntry {
  const { id, name, args, at, clientID } = entry;
  const next: OutboxEntry = { id, name, args, at, clientID, keys: played.keys };
  if (played.localRejection !== undefined) next.localRejection = played.localRejection;
  return next;
}

/** Allocates the next mutation id, applies it to the view and appends it to the outbox. */
export async function mutateIn(
  t: StoreTables,
  mutation: Pick<Mutation, 'name' | 'args' | 'at'>,
  actor: Actor,
): Promise<MutateResult> {
  const meta = await t.meta.get();
  const id = meta.nextMutationID;
  const played = await play(t.view, mutation, actor);
  await t.outbox.put(withPlay({ ...mutation, id, clientID: meta.clientID }, played));
  await t.meta.put({ ...meta, nextMutationID: id + 1 });
  if (played.localRejection === undefined) return { mutationID: id };
  const { localRejection, refusal } = played;
  return refusal ? { mutationID: id, localRejection, refusal } : { mutationID: id, localRejection };
}

/**
 * Applies a pull response. Afterwards: base == server rows at response.cookie, the outbox holds
 * only ids > lastMutationID, and view == base + replay(outbox) (the port's invariant).
 * A response older than the base (a reordered delivery, no `clear`) is ignored: returns false.
 */
export async function applyPullIn(
  t: StoreTables,
  response: PullResponse,
  actor: Actor,
  now: string,
): Promise<boolean> {
  const meta = await t.meta.get();
  const clears = response.patch.some((op) => op.op === 'clear');
  if (!clears && meta.cookie !== null && response.cookie < meta.cookie) return false;

  // Keys the view may hold differently from base: those the pending mutations wrote, and the patch's.
  const touched = new Set<string>();
  for (const entry of await t.outbox.list(0)) for (const key of entry.keys) touched.add(key);
  for (const op of response.patch) {
    if (op.op === 'clear') {
      await t.base.clear();
    } else if (op.op === 'put') {
      await t.base.put(op.kind as Kind, op.id, checkedRow(op.kind as Kind, op.id, op.value));
      touched.add(rowKey(op.kind as Kind, op.id));
    } else {
      await t.base.del(op.kind as Kind, op.id);
      touched.add(rowKey(op.kind as Kind, op.id));
    }
  }

  await t.outbox.deleteUpTo(response.lastMutationID);
  for (const rejection of response.rejected) {
    // Already-seen rejections (a repeated response) are not re-added, so a dismissed one stays dismissed.
    if (rejection.id > meta.ackedMutationID) await t.rejections.put({ ...rejection, receivedAt: now });
  }

  if (clears) await copyAll(t.base, t.view);
  else await resetKeys(t.base, t.view, touched);
  for (const entry of await t.outbox.list(0)) {
    await t.outbox.put(withPlay(entry, await play(t.view, entry, actor)));
  }

  await t.meta.put({
    ...meta,
    cookie: response.cookie,
    ackedMutationID: Math.max(meta.ackedMutationID, response.lastMutationID),
    nextMutationID: Math.max(meta.nextMutationID, response.lastMutationID + 1),
    lastSyncAt: now,
  });
  return true;
}

/** A row from the server is checked like any other: an invalid one aborts the whole pull. */
function checkedRow(kind: Kind, id: string, value: unknown): unknown {
  try {
    const row = parseEntity(kind, value);
    if (row.id !== id) throw new Error(`id ${row.id} does not match`);
    return row;
  } catch (error) {
    const why = error instanceof z.ZodError ? describeIssues(error) : String(error);
    throw new Error(`pull: invalid ${kind} ${id}: ${why}`, { cause: error });
  }
}

async function copyAll(from: RowTable, to: RowTable): Promise<void> {
  await to.clear();
  for (const row of await from.all()) await to.put(row.kind, row.id, row.value);
}

async function resetKeys(from: RowTable, to: RowTable, keys: Iterable<string>): Promise<void> {
  for (const key of keys) {
    const { kind, id } = parseRowKey(key);
    const value = await from.get(kind, id);
    if (value === undefined) await to.del(kind, id);
    else await to.put(kind, id, value);
  }
}
