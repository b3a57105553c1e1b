// What the structured (pino) logs must never hold, how requests are logged, and how long a shutdown may take.
import type { FastifyServerOptions } from 'fastify';

/**
 * Paths pino blanks in every log line. The request serialiser below logs no headers, so this is a
 * second line of defence for code that logs a request or an error with its headers or body.
 */
export const LOG_REDACT = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'req.headers["x-forwarded-authorization"]',
    'headers.authorization',
    'headers.cookie',
    'authorization',
    'body.invite',
    'body.deviceToken',
    'deviceToken',
    'invite',
    'token',
    'secret',
  ],
  censor: '[redacted]',
};

/** What stands for a secret in a logged URL. */
export const REDACTED = '[redacted]';

/** Query parameters that never carry a secret (record ids, filters); every other value is blanked. */
const PLAIN_QUERY = new Set(['kind', 'id', 'since', 'limit', 'signature']);
/** Ids are UUIDs: they help to follow a request and are not credentials. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Our secrets are 32 random bytes in base64url (43 characters): any long run of that alphabet is hidden. */
const TOKEN_LIKE = /[A-Za-z0-9_-]{20,}/;

function redactValue(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // a malformed escape: judge the raw text
  }
  return UUID.test(decoded) || !TOKEN_LIKE.test(decoded) ? value : REDACTED;
}

/**
 * A request URL as it may be logged: the calendar feed's secret (`/api/calendar/<secret>.ics`), any
 * path segment shaped like a token, and every query value but the plain ones are replaced by
 * `[redacted]`. Invite links carry their token in the fragment, which never reaches a server.
 */
export function redactRequestUrl(url: string): string {
  const hash = url.indexOf('#');
  const withoutHash = hash === -1 ? url : url.slice(0, hash);
  const q = withoutHash.indexOf('?');
  const path = q === -1 ? withoutHash : withoutHash.slice(0, q);
  const query = q === -1 ? undefined : withoutHash.slice(q + 1);
  const segments = path.split('/').map((segment, i, all) => {
    // The feed's secret is the credential whatever its shape: only the `feeds` route is plain.
    if (i === 3 && all[1] === 'api' && all[2] === 'calendar' && segment !== 'feeds' && segment !== '')
      return segment.endsWith('.ics') ? `${REDACTED}.ics` : REDACTED;
    return redactValue(segment);
  });
  if (query === undefined) return segments.join('/');
  const params = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq === -1) return redactValue(pair);
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (value === '') return pair;
    return `${redactValue(name)}=${PLAIN_QUERY.has(name) ? redactValue(value) : REDACTED}`;
  });
  return `${segments.join('/')}?${params.join('&')}`;
}

/** The fields of an incoming request a log line keeps: never its headers or body. */
interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Replaces Fastify's request serialiser: the same fields, with the URL's secrets redacted. */
export function serializeRequest(req: LoggedRequest) {
  return {
    method: req.method,
    url: redactRequestUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** Options of the server's logger: `level` (and a `stream` in tests), always with redaction. */
export function loggerOptions(options: {
  level: string;
  stream?: NodeJS.WritableStream;
}): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: LOG_REDACT,
    serializers: { req: serializeRequest },
  };
}

/** In-flight pushes get this long to finish after SIGTERM before the process gives up. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;
