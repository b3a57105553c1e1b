// Builds a schedule session (a candidate for a day's plan) from one line of the demo schedule.
import type { MutationArgs } from '../../shared/mutations/index.ts';

export type SessionArgs = MutationArgs<'session.put'>;

export interface CandidateLine {
  id: string;
  venueId: string;
  /** Stable reference in the source schedule, e.g. ATH-M100-F. */
  ref: string;
  sport: string;
  event: string;
  span: [string, string];
  medal: boolean;
  /** Where a time is approximate or depends on weather, say so here. */
  notes?: string;
}

export function candidates(editionId: string, lines: CandidateLine[]): SessionArgs[] {
  return lines.map(({ span: [startsAt, endsAt], notes = '', ...line }) => ({
    ...line,
    editionId,
    startsAt,
    endsAt,
    notes,
  }));
}
