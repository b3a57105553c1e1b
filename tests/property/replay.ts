// SYNC-RULES R5 recomputed from outside the store: base + replay(outbox) with the shared mutators only.
import { runMutation } from '../../src/shared/mutations/registry.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import { EMPTY_BASE, OverlayTx } from '../../src/shared/sync/overlay-tx.ts';
import type { StoreLayers } from '../../src/client/storage/port.ts';

/**
 * The view a store must show for these layers: the base rows, then each outbox mutation in id order
 * run by `runMutation` (the one definition phone and server share) in its own OverlayTx, its writes
 * landing only if it succeeds; one the rules refuse writes nothing and stays queued. Read the result
 * with `list(kind)` (code-point order of id).
 */
export async function replayOutbox(layers: StoreLayers, actor: Actor): Promise<OverlayTx> {
  const state = new OverlayTx(EMPTY_BASE);
  for (const row of layers.base) await state.put(row.kind, row.value as never);
  for (const mutation of [...layers.outbox].sort((a, b) => a.id - b.id)) {
    const tx = new OverlayTx(state);
    try {
      await runMutation(tx, mutation, actor);
    } catch {
      continue;
    }
    for (const w of tx.writes()) {
      if (w.value === null) await state.del(w.kind, w.id);
      else await state.put(w.kind, w.value as never);
    }
  }
  return state;
}
