// The local store's one algorithm (Replicache-style): optimistic mutate, and applyPull with rebase.
// Every adapter runs it over its own tables inside its own transaction; it is never written twice.
import { z } from 'zod';
import type { AnyEntity, Kind } from '../../shared/domain/entities.ts';
import { parseEntity } from '../../shared/domain/entities.ts';
import { describeIssues, runMutation } from '../../shared/mutations/registry.ts';
import type { Actor } from '../../shared/mutations/types.ts';
import { MutationRejected } from '../../shared/mutations/types.ts';
import type { RejectionParams } from '../../shared/protocol/rejections.ts';
import type { Mutation, PatchOp, PullResponse } from '../../shared/protocol/messages.ts';
import { OverlayTx } from '../../shared/sync/overlay-tx.ts';
import type { MutateResult } from './port.ts';
import type { OutboxEntry, RowTable, StoreTables } from './tables.ts';
import { landWrites, lastWrites, parseRowKey, rowKey, rowReader } from './tables.ts';

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
  const tx = new OverlayTx(rowReader(view));
  try {
    await runMutation(tx, m, actor);
  } catch (error) {
    const localRejection = error instanceof Error ? error.message : String(error);
    if (error instanceof MutationRejected) {
      return { keys: [], localRejection, refusal: { code: error.code, params: error.params } };
    }
    return { keys: [], localRejection };
  }
  return { keys: await landWrites(view, tx.writes()) };
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
 * A pull response, checked and cut into bounded steps (applyPull runs each in its own transaction,
 * so a full phone never needs room for a whole patch at once):
 * 1. `ackIn`: drop acknowledged outbox entries, keep rejections (tiny; frees space, never waits);
 * 2. `patchChunkIn` per chunk: rows into base, and into the view where no pending change sits;
 * 3. `finishPullIn`: reset the keys pending or acknowledged changes wrote, replay the outbox, set the cookie.
 * Invariant after step 3: base == server rows at response.cookie, the outbox holds only ids >
 * lastMutationID, and view == base + replay(outbox). Between steps the view may show some rows of
 * the new server state and some of the old, as after two pulls in a row; the cookie moves only in
 * step 3, so an interrupted pull is simply asked again (puts and deletes are idempotent).
 */
export interface PullPlan {
  response: PullResponse;
  /** The patch holds a `clear`: base is replaced, not patched. */
  clears: boolean;
  /** The row operations after the last `clear`, their rows checked, cut into chunks. */
  chunks: Exclude<PatchOp, { op: 'clear' }>[][];
}

/** Most rows written in one transaction of a pull. */
export const PULL_CHUNK_ROWS = 200;
/** Most bytes (JSON) of rows written in one transaction of a pull: well under a phone's reserve. */
export const PULL_CHUNK_BYTES = 64 * 1024;

/** Checks every row of the response (an invalid one refuses the whole pull, nothing written) and cuts it. */
export function planPull(response: PullResponse): PullPlan {
  const lastClear = response.patch.findLastIndex((op) => op.op === 'clear');
  const ops = response.patch.slice(lastClear + 1) as Exclude<PatchOp, { op: 'clear' }>[];
  const chunks: Exclude<PatchOp, { op: 'clear' }>[][] = [];
  let chunk: Exclude<PatchOp, { op: 'clear' }>[] = [];
  let bytes = 0;
  for (const op of ops) {
    const value = op.op === 'put' ? checkedRow(op.kind as Kind, op.id, op.value) : undefined;
    const checked = op.op === 'put' ? { ...op, value } : op;
    const size = op.op === 'put' ? JSON.stringify(value).length : 64;
    if (chunk.length > 0 && (chunk.length >= PULL_CHUNK_ROWS || bytes + size > PULL_CHUNK_BYTES)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(checked);
    bytes += size;
  }
  if (chunk.length > 0 || lastClear !== -1) chunks.push(chunk);
  return { response, clears: lastClear !== -1, chunks };
}

/**
 * Step 1. Returns false for a response older than the base (a reordered delivery, no `clear`):
 * it is ignored whole. The keys the dropped entries wrote are remembered (`staleKeys`) so step 3
 * resets them even if this pull's patch is never stored.
 */
export async function ackIn(t: StoreTables, plan: PullPlan, now: string): Promise<boolean> {
  const { response } = plan;
  const meta = await t.meta.get();
  if (!plan.clears && meta.cookie !== null && response.cookie < meta.cookie) return false;
  const acked = (await t.outbox.list(0)).filter((e) => e.id <= response.lastMutationID);
  const stale = new Set(meta.staleKeys ?? []);
  for (const entry of acked) for (const key of entry.keys) stale.add(key);
  if (acked.length > 0) await t.outbox.deleteUpTo(response.lastMutationID);
  for (const rejection of response.rejected) {
    // Already-seen rejections (a repeated response) are not re-added, so a dismissed one stays dismissed.
    if (rejection.id > meta.ackedMutationID) await t.rejections.put({ ...rejection, receivedAt: now });
  }
  const ackedMutationID = Math.max(meta.ackedMutationID, response.lastMutationID);
  const nextMutationID = Math.max(meta.nextMutationID, response.lastMutationID + 1);
  if (
    acked.length > 0 ||
    ackedMutationID !== meta.ackedMutationID ||
    nextMutationID !== meta.nextMutationID
  ) {
    await t.meta.put({ ...meta, ackedMutationID, nextMutationID, staleKeys: [...stale] });
  }
  return true;
}

/** Step 2, once per chunk; the first chunk of a `clear` empties base and forgets the cookie. */
export async function patchChunkIn(
  t: StoreTables,
  ops: Exclude<PatchOp, { op: 'clear' }>[],
  clearFirst: boolean,
): Promise<void> {
  const meta = await t.meta.get();
  if (clearFirst) {
    await t.base.clear();
    // Cleared but not refilled yet: should this pull stop here, the next one must be a full one.
    if (meta.cookie !== null) await t.meta.put({ ...meta, cookie: null });
  }
  const pending = await pendingKeys(t, meta.staleKeys);
  // One bulk write per table (the chunk is bounded: PULL_CHUNK_ROWS, PULL_CHUNK_BYTES), not a
  // request per row: the first sync of a whole Games writes thousands of rows.
  const writes = lastWrites(
    ops.map((op) => ({
      kind: op.kind as Kind,
      id: op.id,
      value: op.op === 'put' ? (op.value as AnyEntity) : null,
    })),
  );
  await t.base.writeMany(writes);
  // Keys a pending change wrote are left: step 3 rebuilds them from base and the outbox.
  await t.view.writeMany(writes.filter((w) => !pending.has(rowKey(w.kind, w.id))));
}

/** Step 3: view == base + replay(outbox) again, and the cookie moves to the response's. */
export async function finishPullIn(t: StoreTables, plan: PullPlan, actor: Actor, now: string): Promise<void> {
  const meta = await t.meta.get();
  const nothingMoved = !plan.clears && plan.chunks.length === 0 && !meta.staleKeys?.length;
  if (nothingMoved) {
    // No row changed and nothing was acknowledged: the view is already base + replay(outbox).
    await t.meta.put({ ...meta, cookie: plan.response.cookie, lastSyncAt: now });
    return;
  }
  const touched = await pendingKeys(t, meta.staleKeys);
  if (plan.clears) {
    // Rows the server no longer has: the base was emptied, the view still holds them.
    const inBase = new Set(await t.base.keys());
    for (const key of await t.view.keys()) if (!inBase.has(key)) touched.add(key);
  }
  await resetKeys(t.base, t.view, touched);
  for (const entry of await t.outbox.list(0)) {
    await t.outbox.put(withPlay(entry, await play(t.view, entry, actor)));
  }
  const { staleKeys: _stale, ...rest } = meta;
  await t.meta.put({ ...rest, cookie: plan.response.cookie, lastSyncAt: now });
}

/** Keys the view may hold differently from base: those pending entries wrote, and acknowledged ones. */
async function pendingKeys(t: StoreTables, staleKeys: string[] | undefined): Promise<Set<string>> {
  const keys = new Set(staleKeys ?? []);
  for (const entry of await t.outbox.list(0)) for (const key of entry.keys) keys.add(key);
  return keys;
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

async function resetKeys(from: RowTable, to: RowTable, keys: Iterable<string>): Promise<void> {
  for (const key of keys) {
    const { kind, id } = parseRowKey(key);
    const value = await from.get(kind, id);
    if (value === undefined) await to.del(kind, id);
    else await to.put(kind, id, value);
  }
}
