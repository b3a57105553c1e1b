// The audit trail as GET /api/audit answers it: one shape for the server that writes it and the screens that read it.
import type { Kind } from '../domain/entities.ts';

/** One change a mutation made to one row; `before` is null on creation, `after` on deletion. */
export interface AuditChange<Row = unknown> {
  kind: Kind;
  id: string;
  before: Row | null;
  after: Row | null;
}

/** One applied or rejected mutation, newest first in an answer. */
export interface AuditEntry<Row = unknown> {
  /** When the user tapped (client clock). */
  at: string;
  /** When the server recorded it. */
  loggedAt: string;
  memberId: string;
  /** The member's current name; null if the member is gone. */
  memberName: string | null;
  deviceId: string | null;
  name: string;
  args: unknown;
  outcome: 'applied' | 'rejected';
  reason: string | null;
  changes: AuditChange<Row>[];
}
