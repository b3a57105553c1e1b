// The sync messages as zod schemas: what a client sends and what the server answers.
import { z } from 'zod';
import { Id, Instant, label } from '../domain/common.ts';
import { MAX_MUTATIONS_PER_PUSH } from './limits.ts';
import { RejectionParams, WireRejectionCode } from './rejections.ts';

/** One change a user made: named, numbered per client (1, 2, 3...), with the time it was made. */
export const Mutation = z.object({
  id: z.number().int().min(1),
  name: z.string().min(1).max(64),
  args: z.unknown(),
  at: Instant,
});
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z.object({
  schemaVersion: z.number().int().min(1),
  clientID: Id,
  mutations: z
    .array(Mutation)
    .min(1)
    .max(MAX_MUTATIONS_PER_PUSH, { error: `at most ${MAX_MUTATIONS_PER_PUSH} mutations per push` }),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const MutationOutcome = z.object({
  id: z.number().int(),
  outcome: z.enum(['applied', 'rejected', 'skipped']),
  /** English fallback of a rejection; clients show `code` + `params` translated (protocol 2). */
  reason: z.string().optional(),
  /** Why it was rejected: one of REJECTION_CODES (protocol 2; absent from older servers). */
  code: WireRejectionCode.optional(),
  params: RejectionParams.optional(),
});
export type MutationOutcome = z.infer<typeof MutationOutcome>;

export const PushResponse = z.object({
  lastMutationID: z.number().int().min(0),
  results: z.array(MutationOutcome),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullRequest = z.object({
  schemaVersion: z.number().int().min(1),
  clientID: Id,
  /** The version the client's base state is at; null for a first pull. */
  cookie: z.number().int().min(0).nullable(),
  /** The last mutation id the client has seen acknowledged; rejections after it are returned. */
  ackedMutationID: z.number().int().min(0),
});
export type PullRequest = z.infer<typeof PullRequest>;

/**
 * A kind on the wire: any name, not only the KINDS this app knows. A newer server may sync a kind
 * an older app has never heard of (data versions): the client keeps such rows aside instead of
 * refusing the whole pull (src/client/sync/data-version.ts). The server only ever sends KINDS.
 */
const KindSchema = z.string().min(1).max(64);

export const PatchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), kind: KindSchema, id: z.string(), value: z.unknown() }),
  z.object({ op: z.literal('del'), kind: KindSchema, id: z.string() }),
  /** The client must forget its base state first (first pull, or the server's data was reset). */
  z.object({ op: z.literal('clear') }),
]);
export type PatchOp = z.infer<typeof PatchOp>;

/**
 * A rejected mutation as pull hands it back. `args` are as received, or, past MAX_STORED_ARGS_BYTES,
 * the marker `{ $truncated: { bytes, head } }` (see limits.ts); `reason` is the English fallback
 * of `code` + `params` (protocol 2; absent from older servers, which the client then shows as is).
 */
export const Rejection = z.object({
  id: z.number().int(),
  name: z.string(),
  args: z.unknown(),
  at: Instant,
  reason: z.string(),
  code: WireRejectionCode.optional(),
  params: RejectionParams.optional(),
});
export type Rejection = z.infer<typeof Rejection>;

export const PullResponse = z.object({
  /**
   * The data version of the rows in `patch` (DATA_VERSION of the server that answered; protocol 3,
   * absent from older servers): above the app's own, some rows may hold values it cannot read.
   */
  dataVersion: z.number().int().min(1).optional(),
  cookie: z.number().int().min(0),
  lastMutationID: z.number().int().min(0),
  patch: z.array(PatchOp),
  rejected: z.array(Rejection),
});
export type PullResponse = z.infer<typeof PullResponse>;

/** Every error the API answers with: a code to branch on and a message naming the problem. */
export const ErrorCode = z.enum([
  'invalid_json',
  'invalid_body',
  'too_large',
  'unsupported_media_type',
  'unauthorized',
  'device_revoked',
  'unknown_client',
  'mutation_gap',
  'client_too_old',
  'server_too_old',
  'invite_invalid',
  'rate_limited',
  'not_found',
  // Added with previews (PUT /api/previews/:id): a member not allowed to upload, an id already taken.
  'forbidden',
  'conflict',
  // Added with operations (GET /api/ready): the process is draining or its database is unreachable.
  'unavailable',
  // Added with the team screen: a change that would leave the team without an admin.
  'last_admin',
  // Added with the schedule feed (POST /api/feeds/odf): each names why a message was refused.
  'invalid_xml',
  'wrong_message_type',
  'invalid_feed',
  'unknown_code',
  'feed_rejected',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({ error: ErrorCode, message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Sign-in: the device redeems a one-time invite token and receives its own device token. */
export const RedeemRequest = z.object({
  invite: z.string().min(16).max(200),
  clientID: Id,
  deviceName: label(120),
});
export type RedeemRequest = z.infer<typeof RedeemRequest>;

/** POST /api/auth/invite: who a sign-in link is for, before it is used (it stays unused). */
export const InvitePreviewRequest = z.object({ invite: z.string().min(16).max(200) });
export type InvitePreviewRequest = z.infer<typeof InvitePreviewRequest>;

/** The member an unused, unexpired invite signs in, and when the link expires (ISO instant). */
export const InvitePreview = z.object({
  member: z.object({ name: z.string(), role: z.enum(['admin', 'planner', 'editor', 'creator']) }),
  expiresAt: z.string(),
});
export type InvitePreview = z.infer<typeof InvitePreview>;

export const SessionInfo = z.object({
  deviceToken: z.string(),
  deviceId: Id,
  member: z.object({ id: Id, name: z.string(), role: z.enum(['admin', 'planner', 'editor', 'creator']) }),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** A row put or deleted, as a poke's patch carries it (never `clear`: a poke is never a first pull). */
export const RowOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), kind: KindSchema, id: z.string(), value: z.unknown() }),
  z.object({ op: z.literal('del'), kind: KindSchema, id: z.string() }),
]);
export type RowOp = z.infer<typeof RowOp>;

/**
 * The `data:` of a `poke` event on GET /api/sync/poke: the space version just committed (R12: a
 * hint). A stream opened with `?patch=1` (R15) may also get the rows of versions (`from`,
 * `version`], the same for every reader: a device whose cookie is `from` lands them as a pull
 * answer would, without pulling; any other device pulls. Absent (older servers, a poke that carries
 * no patch), the device pulls as before.
 */
export const PokeData = z.object({
  version: z.number().int().nonnegative(),
  from: z.number().int().nonnegative().optional(),
  dataVersion: z.number().int().min(1).optional(),
  patch: z.array(RowOp).optional(),
});
export type PokeData = z.infer<typeof PokeData>;

/** A poke that carries its rows (PokeData with `from` and `patch`, R15). */
export type PokePatch = Required<Pick<PokeData, 'version' | 'from' | 'patch'>> & { dataVersion?: number };

/** The patch a poke carries, or null when it carries none (or an incomplete one: the device pulls). */
export function pokePatchOf(poke: PokeData): PokePatch | null {
  if (poke.from === undefined || poke.patch === undefined || poke.from >= poke.version) return null;
  return {
    version: poke.version,
    from: poke.from,
    patch: poke.patch,
    ...(poke.dataVersion === undefined ? {} : { dataVersion: poke.dataVersion }),
  };
}
