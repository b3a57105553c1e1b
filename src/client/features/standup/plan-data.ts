// The rows a stand-up screen reads, gathered once from the live store hooks.
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import type {
  AccessRequest,
  Assignment,
  Member,
  Moment,
  SignatureImage,
  Spot,
  Venue,
} from '../../../shared/domain/index.ts';

export interface PlanData {
  venues: ReadonlyMap<string, Venue>;
  spots: readonly Spot[];
  access: readonly AccessRequest[];
  members: readonly Member[];
  assignments: readonly Assignment[];
  signatures: readonly SignatureImage[];
  /** The day's chosen moments, and the conflicts among their assignments. */
  dayMoments: readonly Moment[];
  conflicts: readonly Conflict[];
}
