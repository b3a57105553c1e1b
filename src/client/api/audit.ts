// Reads the server's audit trail (GET /api/audit): the stand-up's "what changed" and a record's history.
import type { Kind } from '../../shared/domain/entities.ts';

/** One change a mutation made to one row; `before` is null on creation, `after` on deletion. */
export interface AuditChange {
  kind: string;
  id: string;
  before: unknown;
  after: unknown;
}

/** One applied or rejected mutation, as the server answers it (newest first). */
export interface AuditEntry {
  /** When the user tapped (client clock). */
  at: string;
  /** When the server recorded it. */
  loggedAt: string;
  memberId: string;
  memberName: string | null;
  deviceId: string | null;
  name: string;
  args: unknown;
  outcome: 'applied' | 'rejected';
  reason: string | null;
  changes: AuditChange[];
}

export interface AuditQuery {
  kind?: Kind;
  id?: string;
  since?: string;
  limit?: number;
}

/** Offline: no answer came back at all (or the browser knows it has no network). */
export type AuditResult =
  { ok: true; entries: AuditEntry[] } | { ok: false; problem: 'offline' | 'refused'; message: string };

export async function fetchAudit(
  token: string,
  query: AuditQuery,
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<AuditResult> {
  if (!navigator.onLine) return { ok: false, problem: 'offline', message: 'offline' };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  let response: Response;
  try {
    response = await fetchFn(`/api/audit?${params.toString()}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch (error) {
    return { ok: false, problem: 'offline', message: error instanceof Error ? error.message : String(error) };
  }
  const body = (await response.json().catch(() => undefined)) as
    { entries?: AuditEntry[]; message?: string } | undefined;
  if (response.ok && Array.isArray(body?.entries)) return { ok: true, entries: body.entries };
  return { ok: false, problem: 'refused', message: body?.message ?? String(response.status) };
}
