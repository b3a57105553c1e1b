// The rows a stand-up screen reads, gathered once from the live store hooks.
import type {
  AccessRequest,
  Assignment,
  Member,
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
}
