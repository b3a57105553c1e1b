// Checks a push or pull body: protocol version first (its shape may change), then the zod schema.
import type { z } from 'zod';
import { describeIssues } from '../../shared/mutations/registry.ts';
import { PullRequest, PushRequest } from '../../shared/protocol/messages.ts';
import { MIN_CLIENT_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { ApiError } from '../errors.ts';

export function checkSchemaVersion(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  const version = (body as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return; // the schema names it
  if (version < MIN_CLIENT_PROTOCOL_VERSION) {
    throw new ApiError(
      409,
      'client_too_old',
      `this app speaks protocol ${version}; the server needs ${MIN_CLIENT_PROTOCOL_VERSION} or later: update the app`,
    );
  }
  if (version > PROTOCOL_VERSION) {
    throw new ApiError(
      409,
      'server_too_old',
      `this app speaks protocol ${version}; the server only knows up to ${PROTOCOL_VERSION}`,
    );
  }
}

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'invalid_body', describeIssues(parsed.error));
  return parsed.data;
}

export function parsePush(body: unknown): PushRequest {
  checkSchemaVersion(body);
  return parseBody(PushRequest, body);
}

export function parsePull(body: unknown): PullRequest {
  checkSchemaVersion(body);
  return parseBody(PullRequest, body);
}
