// Sign-in: redeems a one-time invite for this device's token (POST /api/auth/redeem).
import { ErrorBody, type RedeemRequest, SessionInfo } from '../../shared/protocol/messages.ts';

/** Why a sign-in failed, as the screen explains it. */
export type RedeemProblem = 'invite_invalid' | 'offline' | 'rate_limited' | 'bad_request' | 'server';

export type RedeemResult =
  { ok: true; session: SessionInfo } | { ok: false; problem: RedeemProblem; message: string };

export async function redeemInvite(
  request: RedeemRequest,
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<RedeemResult> {
  let response: Response;
  try {
    response = await fetchFn('/api/auth/redeem', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (error) {
    // fetch rejects only when no answer came back at all: no network, or the server is down.
    return { ok: false, problem: 'offline', message: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const session = SessionInfo.safeParse(body);
    if (session.success) return { ok: true, session: session.data };
    return { ok: false, problem: 'server', message: 'unexpected answer from the server' };
  }
  return { ok: false, ...problemOf(response.status, body) };
}

function problemOf(status: number, body: unknown): { problem: RedeemProblem; message: string } {
  const error = ErrorBody.safeParse(body);
  const message = error.success ? error.data.message : `HTTP ${status}`;
  const code = error.success ? error.data.error : undefined;
  if (code === 'invite_invalid') return { problem: 'invite_invalid', message };
  if (code === 'rate_limited' || status === 429) return { problem: 'rate_limited', message };
  if (status >= 400 && status < 500) return { problem: 'bad_request', message };
  return { problem: 'server', message };
}
