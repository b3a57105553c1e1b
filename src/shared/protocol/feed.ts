// The schedule feed (POST /api/feeds/odf): who its changes are by, and what it answers.
import type { OdfIssue, OdfNotice } from '../import/odf/types.ts';

/**
 * The member id the schedule feed acts as: no member row holds it, so it never appears in the
 * team, cannot sign in and cannot be assigned; the audit and "what changed" name it "schedule
 * feed" (the screens translate it), and its role is a planner's (it may run `schedule.feed`).
 */
export const SCHEDULE_FEED_MEMBER_ID = 'f33d0000-0000-4000-8000-000000000001';

/** The sync client the feed's mutations are numbered and logged under (one for every feed token). */
export const SCHEDULE_FEED_CLIENT_ID = 'f33d0000-0000-4000-8000-000000000002';

/** True when an audit entry (or a change) was made by the schedule feed. */
export function isScheduleFeed(memberId: string | null | undefined): boolean {
  return memberId === SCHEDULE_FEED_MEMBER_ID;
}

/** What a message did, unit by unit (see previewFeed), in the 200 answer of POST /api/feeds/odf. */
export interface FeedResult {
  /** False when there was nothing to write: every unit a duplicate or older than what the plan holds. */
  applied: boolean;
  type: 'DT_SCHEDULE' | 'DT_SCHEDULE_UPDATE';
  version: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Duplicates and messages older than what a session holds: nothing changed for them. */
  stale: number;
  skipped: number;
  /** Units left out or read by a rule (UNSCHEDULED, no start, no end, hidden start). */
  notices: OdfNotice[];
  /**
   * What happened, in English for the results system's operators: what was written and why any
   * unit was left alone ("1 unit ignored: the plan already holds this message or a newer one").
   */
  message: string;
}

/** A refused message: the error body plus every problem, or the rejection's code and params. */
export interface FeedRefusal {
  error: 'invalid_xml' | 'wrong_message_type' | 'invalid_feed' | 'unknown_code' | 'feed_rejected';
  message: string;
  issues?: OdfIssue[];
  /** For unknown_code: every code no venue holds, with the first unit naming it. */
  codes?: { code: string; ref: string }[];
  /** For feed_rejected: the mutation's rejection (REJECTION_CODES) and its params. */
  code?: string;
  params?: Record<string, string | number>;
}
