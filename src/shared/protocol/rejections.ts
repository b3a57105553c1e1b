// Why a mutation was refused, as a closed set of codes with parameters: what travels, is stored and is translated.
import { z } from 'zod';
import { isRejectionCode, REJECTION_CODES } from './rejection-codes.ts';

// Defined without zod so screens import them without the schemas (issue #14).
export { isRejectionCode, REJECTION_CODES };

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
