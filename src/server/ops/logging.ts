// What the structured (pino) logs must never hold, and how long a graceful shutdown may take.

/**
 * Paths pino blanks in every log line. Fastify's request serialiser logs no headers, so this is a
 * second line of defence for code that logs a request or an error with its headers or body.
 */
export const LOG_REDACT = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'headers.authorization',
    'authorization',
    'body.invite',
    'deviceToken',
    'token',
  ],
  censor: '[redacted]',
};

/** In-flight pushes get this long to finish after SIGTERM before the process gives up. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;
