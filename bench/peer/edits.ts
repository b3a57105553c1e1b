// The offline changes both stacks replay: device d makes M edits over the images, notes and forward moves.
import type { ForwardStatus } from '../../src/shared/domain/signature.ts';

export type Edit = { id: string; note: string } | { id: string; to: ForwardStatus };

const STEPS: readonly ForwardStatus[] = ['in-position', 'captured', 'selected', 'published'];

/** Deterministic, and overlapping between devices on purpose: several phones edit the same images. */
export function plannedEdits(device: number, imageIds: readonly string[], count: number): Edit[] {
  return Array.from({ length: count }, (_, i) => {
    const id = imageIds[(device * 7 + i) % imageIds.length]!;
    return i % 2 === 0
      ? { id, note: `device ${device + 1}: offline note ${i}` }
      : { id, to: STEPS[(i >> 1) % STEPS.length]! };
  });
}

export interface SideResult {
  devices: number;
  editsPerDevice: number;
  /** From the first reconnect to every replica equal to the server, ms. */
  convergeMs: number;
  /** Through the counting proxy during the reconnect: client → server, server → client. */
  bytesUp: number;
  bytesDown: number;
  /** Sync rounds needed (push/pull passes over all devices). */
  rounds: number;
}
