// One error handler: every failure leaves as ErrorBody JSON; 500 `internal` only for true bugs.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../shared/protocol/messages.ts';
import { MAX_BODY_BYTES } from '../../shared/protocol/limits.ts';
import { describeFault, storageFault } from '../db/storage-fault.ts';
import { isApiError } from '../errors.ts';

/**
 * `Retry-After` of a 503 while the database cannot write (or is unreachable), and of any 429 or
 * 503 that does not set its own: the client's backoff waits at least this long.
 */
export const RETRY_AFTER_SECONDS = { unavailable: 30, rateLimited: 60 };

export function sendError(
  reply: FastifyReply,
  status: number,
  error: ErrorCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
) {
  const body: ErrorBody = { ...details, error, message };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own refusals (body parsing), translated to our codes with a message naming the problem. */
function fromFastify(error: FastifyError): [number, ErrorCode, string] | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return [413, 'too_large', `body: larger than the ${MAX_BODY_BYTES} bytes limit`];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return [415, 'unsupported_media_type', 'Content-Type: expected application/json'];
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return [400, 'invalid_json', 'body: empty, expected a JSON object'];
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return [400, 'invalid_json', 'body: not valid JSON'];
  }
  if (error instanceof SyntaxError) return [400, 'invalid_json', `body: not valid JSON (${error.message})`];
  const status = error.statusCode ?? 500;
  if (status === 413) return [413, 'too_large', `body: larger than the ${MAX_BODY_BYTES} bytes limit`];
  if (status >= 400 && status < 500) return [400, 'invalid_body', error.message];
  return undefined;
}

export function installErrorHandler(app: FastifyInstance): void {
  // Every 429 and 503 says when to come back, whichever code sent it.
  app.addHook('onSend', async (_request, reply) => {
    const status = reply.statusCode;
    if ((status === 429 || status === 503) && !reply.hasHeader('retry-after'))
      reply.header(
        'retry-after',
        String(status === 429 ? RETRY_AFTER_SECONDS.rateLimited : RETRY_AFTER_SECONDS.unavailable),
      );
  });
  app.setErrorHandler((error, request, reply) => {
    if (isApiError(error)) {
      if (error.retryAfterSeconds !== undefined)
        reply.header('retry-after', String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
      return sendError(reply, error.status, error.code, error.message, error.details);
    }
    const known = fromFastify(error as FastifyError);
    if (known) return sendError(reply, ...known);
    // The disk or the database server failed, not the request: 503, the client keeps the change and retries.
    const fault = storageFault(error);
    if (fault) {
      request.log.error(
        { err: error, storage: fault.code },
        `database failed: ${describeFault(fault, error)}`,
      );
      reply.header('retry-after', String(RETRY_AFTER_SECONDS.unavailable));
      return sendError(
        reply,
        503,
        'unavailable',
        `the server cannot use its database right now (${fault.code}: ${fault.meaning}); ` +
          'your changes are kept on this device and will be sent again',
      );
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(
      reply,
      500,
      'internal',
      'the server failed; the change is kept on your device and will be retried',
    );
  });
}
