// What the desk may do to an image: tick it forward, or take it back explicitly (reopen, with a reason).
import type { ShotStatus } from '../../../shared/domain/signature.ts';
import { progress } from '../../../shared/domain/signature.ts';

export type DeskMove = 'captured' | 'selected' | 'published';
export type ReopenTarget = 'planned' | 'in-position' | 'captured' | 'selected';

const MOVES: readonly DeskMove[] = ['captured', 'selected', 'published'];
const REOPEN_TARGETS: readonly ReopenTarget[] = ['planned', 'in-position', 'captured', 'selected'];

/** The forward ticks past the image's status (the desk may tick "captured" for an image sent by hand). */
export function deskMoves(status: ShotStatus): DeskMove[] {
  return MOVES.filter((move) => progress(move) > progress(status));
}

/**
 * Where signature.reopen may take the image: any earlier status, and from "missed" back to
 * planned, in position or captured (the creator got it after all). Mirrors the mutator.
 */
export function reopenTargets(status: ShotStatus): ReopenTarget[] {
  if (status === 'missed') return REOPEN_TARGETS.filter((t) => t !== 'selected');
  return REOPEN_TARGETS.filter((t) => progress(t) < progress(status));
}

/** True once the image is in hand or later, when an asset link makes sense. */
export function canLink(status: ShotStatus): boolean {
  return status !== 'missed' && progress(status) >= progress('captured');
}
