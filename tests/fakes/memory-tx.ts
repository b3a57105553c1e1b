// The smallest store a mutator can run against, for unit tests: the shared OverlayTx over no rows.
import type { AnyEntity } from '../../src/shared/domain/entities.ts';
import { EMPTY_BASE, OverlayTx } from '../../src/shared/sync/overlay-tx.ts';

export class MemoryTx extends OverlayTx {
  constructor() {
    super(EMPTY_BASE);
  }

  /** Every live row by "kind/id", in the order rows were first written (read-only: write with put). */
  get rows(): ReadonlyMap<string, AnyEntity> {
    return new Map(this.writes().flatMap((w) => (w.value ? [[`${w.kind}/${w.id}`, w.value] as const] : [])));
  }

  /** An independent store holding copies of the same rows. */
  async copy(): Promise<MemoryTx> {
    const tx = new MemoryTx();
    for (const w of this.writes()) if (w.value) await tx.put(w.kind, w.value as never);
    return tx;
  }
}
