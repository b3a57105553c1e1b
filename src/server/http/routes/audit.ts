// GET /api/audit?kind=&id=&since=&limit=: the audit trail, newest first, for planners and admins.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Instant } from '../../../shared/domain/common.ts';
import { KINDS } from '../../../shared/domain/entities.ts';
import type { Kind } from '../../../shared/domain/entities.ts';
import type { Authenticate } from '../../auth/authenticate.ts';
import type { AuditLog } from '../../db/ports/audit.ts';
import { ApiError } from '../../errors.ts';
import { parseQuery } from './query.ts';

export const AUDIT_DEFAULT_LIMIT = 100;
export const AUDIT_MAX_LIMIT = 500;

const AuditQuery = z
  .object({
    kind: z.enum(KINDS as [Kind, ...Kind[]]).optional(),
    // Record ids are UUIDs: anything else cannot name a record (and PostgreSQL refuses NUL bytes).
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'must be a record id' })
      .optional(),
    since: Instant.optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_MAX_LIMIT).default(AUDIT_DEFAULT_LIMIT),
  })
  .strict()
  .refine((q) => q.id === undefined || q.kind !== undefined, { error: 'required with id', path: ['kind'] });

export function auditRoutes(app: FastifyInstance, store: AuditLog, authenticate: Authenticate): void {
  app.get('/api/audit', async (request) => {
    const auth = await authenticate(request.headers.authorization);
    if (auth.role !== 'admin' && auth.role !== 'planner')
      throw new ApiError(403, 'forbidden', 'the audit trail is for planners and admins');
    const query = parseQuery(AuditQuery, request.query);
    // The ISO instant is compared as text: normalise it to the server's own format (UTC, ms).
    const since = query.since === undefined ? undefined : new Date(query.since).toISOString();
    return { entries: await store.audit({ ...query, since }) };
  });
}
