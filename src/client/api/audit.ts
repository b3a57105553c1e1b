// Reads the server's audit trail (GET /api/audit): the stand-up's "what changed" and a record's history.
import type { Kind } from '../../shared/domain/entities.ts';

export type { AuditChange, AuditEntry } from '../../shared/protocol/audit.ts';
import { AuditAnswer, type AuditEntry } from '../../shared/protocol/audit.ts';
import { refusalMessage } from './refusal.ts';

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
  if (!response.ok) return { ok: false, problem: 'refused', message: await refusalMessage(response) };
  const body = AuditAnswer.safeParse(await response.json().catch(() => undefined));
  if (body.success) return { ok: true, entries: body.data.entries };
  return {
    ok: false,
    problem: 'refused',
    message: `the server's answer is not an audit trail (HTTP ${response.status})`,
  };
}
