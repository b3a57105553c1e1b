// The small patch a poke carries (R15): the rows a push wrote, the same for every reader, merged over the poke's window.
import type { RowOp } from '../../shared/protocol/messages.ts';
import { MAX_POKE_PATCH_BYTES } from '../../shared/protocol/limits.ts';
import type { EntityWrite } from '../db/port.ts';
import { isRedactable } from './visibility.ts';

/**
 * The rows of versions (`from`, `version`]: every row any commit in that range wrote, at its last
 * value (a deleted row as `del`), as a pull from cookie `from` at `version` would send them to any
 * reader. `writers` are the clients whose mutations were applied in the range: they must pull (their
 * `lastMutationID` moved), so they are poked without the rows. `bytes`: the JSON length of the rows.
 */
export interface PokePatch {
  from: number;
  version: number;
  ops: readonly RowOp[];
  writers: ReadonlySet<string>;
  dataVersion: number;
  bytes: number;
  /** The JSON length of each op of `ops`, in the same order. */
  sizes: readonly number[];
}

/**
 * The patch of one push: `writes` are the entity writes of each of its applied mutations, in
 * order, the first at version `from + 1`, the last at `version`. Null when no patch may be carried:
 * a row whose contacts are redacted per reader (access requests, members: R6; only a pull decides
 * who sees them), or rows past MAX_POKE_PATCH_BYTES. Then the poke names only the version.
 */
export function pushPatch(
  from: number,
  version: number,
  writes: readonly (readonly EntityWrite[])[],
  writer: string,
  dataVersion: number,
): PokePatch | null {
  const rows = new Map<string, { op: RowOp; bytes: number }>();
  let written = 0;
  for (const mutationWrites of writes) {
    for (const w of mutationWrites) {
      if (isRedactable(w.kind)) return null;
      // Rows written over are counted too: past twice the limit, stop serialising (a large push).
      if (written > 2 * MAX_POKE_PATCH_BYTES) return null;
      const key = `${w.kind}/${w.id}`;
      rows.delete(key); // last write wins, in the order the rows were written
      if (w.value === null) rows.set(key, { op: { op: 'del', kind: w.kind, id: w.id }, bytes: 40 });
      else {
        // The JSON text the store keeps (write-session.ts), so the device reads what a pull would send.
        const text = JSON.stringify(w.value);
        written += text.length;
        rows.set(key, {
          op: { op: 'put', kind: w.kind, id: w.id, value: JSON.parse(text) as unknown },
          bytes: text.length + 40,
        });
      }
    }
  }
  return sized(from, version, rows, new Set([writer]), dataVersion);
}

/**
 * Two patches back to back (`b.from === a.version`) as one, or null when they are not contiguous,
 * differ in data version, or together pass MAX_POKE_PATCH_BYTES: the merged poke then carries none.
 */
export function mergePatches(a: PokePatch, b: PokePatch): PokePatch | null {
  if (b.from !== a.version || a.dataVersion !== b.dataVersion) return null;
  const rows = new Map<string, { op: RowOp; bytes: number }>();
  for (const p of [a, b]) {
    p.ops.forEach((op, i) => {
      const key = `${op.kind}/${op.id}`;
      rows.delete(key);
      rows.set(key, { op, bytes: p.sizes[i]! });
    });
  }
  return sized(a.from, b.version, rows, new Set([...a.writers, ...b.writers]), a.dataVersion);
}

function sized(
  from: number,
  version: number,
  rows: Map<string, { op: RowOp; bytes: number }>,
  writers: ReadonlySet<string>,
  dataVersion: number,
): PokePatch | null {
  let bytes = 0;
  for (const row of rows.values()) bytes += row.bytes;
  if (bytes > MAX_POKE_PATCH_BYTES) return null;
  const kept = [...rows.values()];
  return {
    from,
    version,
    ops: kept.map((r) => r.op),
    sizes: kept.map((r) => r.bytes),
    writers,
    dataVersion,
    bytes,
  };
}
