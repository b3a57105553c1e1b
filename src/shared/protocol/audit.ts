// The audit trail as GET /api/audit answers it: one shape for the server that writes it and the screens that read it.
import { z } from 'zod';
import { KINDS, type Kind } from '../domain/entities.ts';

/** One change a mutation made to one row; `before` is null on creation, `after` on deletion. */
export interface AuditChange<Row = unknown> {
  kind: Kind;
  id: string;
  before: Row | null;
  after: Row | null;
}

/** One applied or rejected mutation, newest first in an answer. */
export interface AuditEntry<Row = unknown> {
  /** When the user tapped (the device's clock; see `clockOff`). */
  at: string;
  /** When the server received and recorded it (server clock). */
  loggedAt: string;
  memberId: string;
  /** The member's current name; null if the member is gone. */
  memberName: string | null;
  deviceId: string | null;
  name: string;
  args: unknown;
  outcome: 'applied' | 'rejected';
  /** English fallback of a rejection; null when applied. */
  reason: string | null;
  /** Why it was rejected (REJECTION_CODES) and its params; absent or null when applied, or from a server before protocol 2. */
  code?: string | null;
  params?: Record<string, string | number> | null;
  /** The server found the device's `at` off (future of `loggedAt`, or before sign-in): show `loggedAt`. */
  clockOff?: boolean;
  changes: AuditChange<Row>[];
}

const AuditChangeAnswer = z.object({
  kind: z.enum(KINDS as [Kind, ...Kind[]]),
  id: z.string(),
  before: z.unknown().transform((row) => row ?? null),
  after: z.unknown().transform((row) => row ?? null),
});

const AuditEntryAnswer = z.object({
  at: z.string(),
  loggedAt: z.string(),
  memberId: z.string(),
  memberName: z.string().nullable(),
  deviceId: z.string().nullable(),
  name: z.string(),
  args: z.unknown(),
  outcome: z.enum(['applied', 'rejected']),
  reason: z.string().nullable(),
  code: z.string().nullish(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullish(),
  clockOff: z.boolean().optional(),
  changes: z.array(AuditChangeAnswer),
});

/**
 * GET /api/audit's 200 body, `{ entries: AuditEntry[] }` newest first, as the phone parses it
 * (rows in `before`/`after` stay unknown: the panel only diffs and prints them).
 */
export const AuditAnswer: z.ZodType<{ entries: AuditEntry[] }> = z.object({
  entries: z.array(AuditEntryAnswer),
});
