// What a schedule message would do to the plan, unit by unit, before it is sent: for the import panel and the feed's answer.
import type { Venue } from '../../domain/edition.ts';
import type { ScheduleSession } from '../../domain/schedule.ts';
import { compareFeedStamps, statusOf } from '../../domain/schedule.ts';
import type { MutationArgs } from '../../mutations/registry.ts';
import { venuesByCode } from '../../mutations/schedule.ts';

export interface FeedPreview {
  /** Units that would create a session. */
  created: number;
  /** Units that would change a session (times, status, venue, names). */
  updated: number;
  /** Units newer than what the session holds, but saying the same. */
  unchanged: number;
  /** Units the session already holds this message (or a newer one) for: duplicates, late arrivals. */
  stale: number;
  /** Units without a start for a session the plan does not have: nothing to change. */
  skipped: number;
  /** Codes no venue holds, with the first unit naming each: the mutation would be refused. */
  unknownCodes: { code: string; ref: string }[];
  /** Refs of the sessions whose times or status change (their moments follow). */
  changedRefs: string[];
}

/**
 * Reads `args` against the plan as this device (or the server) has it: the same rules as the
 * `schedule.feed` mutation (venue codes, feed stamps), without writing anything. The mutation
 * stays the authority: the plan may change between this preview and its run.
 */
export function previewFeed(
  args: MutationArgs<'schedule.feed'>,
  plan: { venues: readonly Venue[]; sessions: readonly ScheduleSession[] },
): FeedPreview {
  const byCode = venuesByCode(plan.venues);
  const existing = new Map(
    plan.sessions.filter((s) => s.editionId === args.editionId).map((s) => [s.ref, s]),
  );
  const preview: FeedPreview = {
    created: 0,
    updated: 0,
    unchanged: 0,
    stale: 0,
    skipped: 0,
    unknownCodes: [],
    changedRefs: [],
  };
  const stamp = { type: args.type, version: args.version, producedAt: args.producedAt };
  for (const unit of args.units) {
    const venue = (unit.location ? byCode.get(unit.location) : undefined) ?? byCode.get(unit.venue);
    if (!venue) {
      const code = unit.location ? `${unit.venue}/${unit.location}` : unit.venue;
      if (!preview.unknownCodes.some((u) => u.code === code))
        preview.unknownCodes.push({ code, ref: unit.ref });
      continue;
    }
    const before = existing.get(unit.ref);
    if (before?.feed && compareFeedStamps(stamp, before.feed) <= 0) preview.stale += 1;
    else if (!before) {
      if (unit.startsAt) preview.created += 1;
      else preview.skipped += 1;
    } else if (
      same(unit.startsAt, before.startsAt) &&
      same(unit.endsAt, before.endsAt) &&
      unit.status === statusOf(before) &&
      venue.id === before.venueId &&
      unit.event === before.event &&
      unit.sport === before.sport &&
      unit.medal === before.medal
    ) {
      preview.unchanged += 1;
    } else {
      preview.updated += 1;
      preview.changedRefs.push(unit.ref);
    }
  }
  return preview;
}

/** An instant the unit does not give keeps the session's; given ones compare as instants. */
function same(given: string | undefined, kept: string): boolean {
  return given === undefined || Date.parse(given) === Date.parse(kept);
}
