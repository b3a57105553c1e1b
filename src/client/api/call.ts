// One authenticated JSON call to the server for the online-only screens (team, notifications).
import { ErrorBody } from '../../shared/protocol/messages.ts';

/** `offline`: no answer at all; `refused`: the server answered with an error code and a message. */
export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; problem: 'offline' }
  | { ok: false; problem: 'refused'; status: number; code: string; message: string };

export async function apiCall<T>(
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<ApiResult<T>> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return { ok: false, problem: 'offline' };
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, problem: 'offline' };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, value: json as T };
  const error = ErrorBody.safeParse(json);
  return {
    ok: false,
    problem: 'refused',
    status: response.status,
    code: error.success ? error.data.error : 'internal',
    message: error.success ? error.data.message : `HTTP ${response.status}`,
  };
}
