// ApiError: a refusal with an HTTP status and an ErrorCode, thrown by services and mapped by the HTTP layer.
import type { ErrorCode } from '../shared/protocol/messages.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Seconds before the client should try again: sent as `Retry-After` (RFC 9110 §10.2.3). */
    readonly retryAfterSeconds?: number,
    /** More of the body beside `error` and `message` (a refused feed message's `issues`). */
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
