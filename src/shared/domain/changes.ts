// "What changed": the audit trail narrowed to changes of the plan, newest first, with what each touched.
import { byCodePoint } from '../sync/order.ts';
import { isScheduleFeed } from '../protocol/feed.ts';

/** The part of an audit entry (GET /api/audit) the change list reads. */
export interface AuditLike {
  at: string;
  loggedAt: string;
  memberId: string;
  memberName: string | null;
  name: string;
  args: unknown;
  outcome: 'applied' | 'rejected';
  changes: { kind: string; id: string; before: unknown; after: unknown }[];
}

export interface PlanChange {
  /** When the server recorded it: the order the team saw things happen. */
  at: string;
  who: string;
  /** Made by the official schedule feed, not by a member: the screens name it in their language. */
  feed?: true;
  name: string;
  args: unknown;
  /** Title of the moment it touched, when it touched one. */
  subject?: string;
}

/** Shot progress is the desk's business, not the plan's: the stand-up lists what shapes the plan. */
const NOT_PLAN = /^signature\.(advance|miss|reopen|note|preview)$/;

/**
 * Applied plan changes recorded at or after `since`, newest first. Rejected ones changed nothing.
 * `titleOf` names the moment a change touched (a moment row, or a row pointing at a moment).
 */
export function planChanges(
  entries: readonly AuditLike[],
  since: string,
  titleOf: (momentId: string) => string | undefined,
): PlanChange[] {
  return entries
    .filter((e) => e.outcome === 'applied' && !NOT_PLAN.test(e.name) && e.loggedAt >= since)
    .sort((a, b) => byCodePoint(b.loggedAt, a.loggedAt))
    .map((e) => {
      const subject = subjectOf(e, titleOf);
      return {
        at: e.loggedAt,
        who: e.memberName ?? e.memberId,
        ...(isScheduleFeed(e.memberId) ? { feed: true as const } : {}),
        name: e.name,
        args: e.args,
        ...(subject ? { subject } : {}),
      };
    });
}

function subjectOf(entry: AuditLike, titleOf: (id: string) => string | undefined): string | undefined {
  for (const change of entry.changes) {
    const row = (change.after ?? change.before) as { title?: unknown; momentId?: unknown } | null;
    if (change.kind === 'moment' && typeof row?.title === 'string') return row.title;
    if (typeof row?.momentId === 'string') {
      const title = titleOf(row.momentId);
      if (title) return title;
    }
  }
  return undefined;
}
