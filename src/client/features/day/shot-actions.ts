// Which status buttons a signed-in member sees on a signature image: the mutators' rules, ahead of time.
import type { Role } from '../../../shared/domain/member.ts';
import type { ShotStatus } from '../../../shared/domain/signature.ts';
import { progress } from '../../../shared/domain/status-order.ts';

export type ShotAction = 'in-position' | 'captured' | 'missed' | 'selected' | 'published';

const CREATOR_ACTIONS: readonly ShotAction[] = ['in-position', 'captured', 'missed'];
const DESK_ACTIONS: readonly ShotAction[] = ['in-position', 'captured', 'missed', 'selected', 'published'];

/**
 * The buttons to offer. Mirrors src/shared/mutations/signatures.ts: a creator acts only on the
 * moments they are assigned to and only up to "captured"; the desk (admin, planner, editor) also
 * selects and publishes. Only moves that change something are offered: forward moves past the
 * current status, and "missed" before the image is captured. Going back is the desk's reopen,
 * not a tap on this screen. The server re-checks all of it.
 */
export function shotActions(role: Role, assigned: boolean, status: ShotStatus): ShotAction[] {
  const allowed = role === 'creator' ? (assigned ? CREATOR_ACTIONS : []) : DESK_ACTIONS;
  return allowed.filter((action) =>
    action === 'missed'
      ? status !== 'missed' && progress(status) < progress('captured')
      : progress(action) > progress(status),
  );
}
