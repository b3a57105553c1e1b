// Why a mutation was refused, as a closed set of codes with parameters: what travels, is stored and is translated.
import { z } from 'zod';

/**
 * Every reason a mutation can be refused (protocol 2). The code and its params travel from the
 * mutator through the server's log, the stored rejection, the push result and the pull's
 * `rejected[]`; the client translates them (`rejection.*` in the catalogs). The English `reason`
 * beside them is only a fallback for a code this client does not know yet.
 *
 * | code | params | when |
 * | --- | --- | --- |
 * | `unknown_mutation` | name | the server does not know the mutation (a newer or broken client) |
 * | `role_forbidden` | role | the member's role may not run this mutation at all |
 * | `not_assigned` | — | a creator acts on an image of a moment they are not assigned to |
 * | `field_not_allowed` | field | the role may not change this field (a creator and `assetUrl`) |
 * | `value_not_allowed` | field, value | the role may not give the field this value (a creator and `to: published`) |
 * | `status_past_captured` | status | a creator changes an image the desk already has (selected, published) |
 * | `invalid_args` | path, problem, limit?, format? | an argument fails its schema |
 * | `invalid_row` | kind, path, problem, limit? | the row the mutation would write fails its schema |
 * | `not_found` | kind, path? | a record the mutation needs does not exist (deleted meanwhile) |
 * | `already_exists` | kind | a create with an id already taken |
 * | `duplicate_ref` | ref, index | a schedule import names one session twice |
 * | `already_captured` | status | "missed" on an image already captured: the desk reopens it |
 * | `not_backward` | from, to | a reopen that does not move back |
 * | `already_at_status` | status | a move to a status already reached carries fields to change |
 * | `not_captured` | status | an asset link on an image not captured yet |
 * | `moment_dropped` | — | ranking a dropped moment |
 * | `paralympic_only` | path | the fourth side (disability) on an Olympic moment |
 * | `day_outside_edition` | day | a copy to a day outside the edition |
 * | `not_in_edition` | id | a day copy naming a moment of another edition |
 * | `unknown_code` | kind, code, ref | a schedule feed names an ODF code no venue holds (`kind`: venue) |
 * | `code_taken` | code | an ODF code given to a venue already means another venue |
 * | `end_before_start` | path, ref? | a session edit or a feed unit that ends before it starts |
 * | `server_error` | — | a bug in a mutator (logged on the server) |
 * | `rejections_dropped` | count | stands for `count` older rejections the server stopped keeping |
 */
export const REJECTION_CODES = [
  'unknown_mutation',
  'role_forbidden',
  'not_assigned',
  'field_not_allowed',
  'value_not_allowed',
  'status_past_captured',
  'invalid_args',
  'invalid_row',
  'not_found',
  'already_exists',
  'duplicate_ref',
  'already_captured',
  'not_backward',
  'already_at_status',
  'not_captured',
  'moment_dropped',
  'paralympic_only',
  'day_outside_edition',
  'not_in_edition',
  'unknown_code',
  'code_taken',
  'end_before_start',
  'server_error',
  'rejections_dropped',
] as const;
export const RejectionCode = z.enum(REJECTION_CODES);
export type RejectionCode = z.infer<typeof RejectionCode>;

/** Codes a refused permission gives, as opposed to the state of the data or bad arguments. */
export const PERMISSION_CODES: readonly RejectionCode[] = [
  'role_forbidden',
  'not_assigned',
  'field_not_allowed',
  'value_not_allowed',
  'status_past_captured',
];

/** Longest text param; params echo client input (a ref, a path), so they are bounded like it. */
export const MAX_PARAM_CHARS = 200;

/**
 * Parameters of a rejection: a few named strings and numbers (a field path, a status, a count).
 * The server bounds them when it makes them (boundedParams); readers accept any length, so a
 * newer server's params never make an older client's pull fail.
 */
export const RejectionParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type RejectionParams = z.infer<typeof RejectionParams>;

/**
 * On the wire a code is any short string, not only the ones above: an older client must still read
 * a newer server's answer, and falls back to the English reason for a code it does not know.
 */
export const WireRejectionCode = z.string();

/** Bounds every param (strings cut to MAX_PARAM_CHARS), so what a client supplied stays small. */
export function boundedParams(params: Record<string, string | number | undefined>): RejectionParams {
  const out: RejectionParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    out[key.slice(0, 40)] = typeof value === 'string' ? value.slice(0, MAX_PARAM_CHARS) : value;
  }
  return out;
}

/** True when `code` is one of REJECTION_CODES (a client checks before translating). */
export function isRejectionCode(code: unknown): code is RejectionCode {
  return typeof code === 'string' && (REJECTION_CODES as readonly string[]).includes(code);
}
