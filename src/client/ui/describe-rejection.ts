// A refused change in the user's language: its rejection code and params through the catalogs, the English reason only as a fallback.
import type { TFunction } from 'i18next';
import { isRejectionCode } from '../../shared/protocol/rejection-codes.ts';

type Params = Record<string, string | number>;

/** What a rejection carries: from the server (push result, pull, audit) or from this device's own rules. */
export interface RejectionLike {
  code?: string | null | undefined;
  params?: Params | null | undefined;
  /** The English reason: shown only for a code this app does not know (a newer server) or none (an older one). */
  reason?: string | null | undefined;
}

/**
 * "You are not assigned to this moment." / « Vous n’êtes pas affecté·e à ce moment. » Statuses,
 * roles, kinds and field names in the params are translated too; counts take the plural forms.
 */
export function describeRejection(t: TFunction, rejection: RejectionLike): string {
  const { code } = rejection;
  const params = rejection.params ?? {};
  if (!isRejectionCode(code)) return rejection.reason ?? '';
  const text: Text = (key, values = {}) => t(key as never, values as never) as unknown as string;
  const status = (value: unknown) => (typeof value === 'string' ? text(`status.${value}`) : '');
  const values: Params = { ...params };
  if ('status' in params) values.status = status(params.status);
  if ('from' in params) values.from = status(params.from);
  if ('to' in params) values.to = status(params.to);
  if (typeof params.role === 'string') values.role = lookup(text, 'role', params.role) ?? params.role;
  if (typeof params.kind === 'string') values.kind = lookup(text, 'kind', params.kind) ?? params.kind;
  if (typeof params.field === 'string') values.field = fieldName(text, params.field);
  if (code === 'value_not_allowed' && params.field === 'to') values.value = status(params.value);
  if (code === 'invalid_args' || code === 'invalid_row') {
    values.field = fieldName(text, String(params.path ?? ''));
    values.problem = problem(text, params);
  }
  if (code === 'rejections_dropped') values.count = Number(params.count ?? 0);
  return text(`rejection.${code}`, values);
}

type Text = (key: string, values?: Params) => string;

/** The words of an `invalid_args` problem: "at most 200 characters", "not a valid date". */
function problem(text: Text, params: Params): string {
  const name = String(params.problem ?? 'invalid');
  const limit = Number(params.limit ?? 0);
  if (['too_short', 'too_long', 'too_few', 'too_many'].includes(name)) {
    return text(`rejection.problem.${name}`, { count: limit });
  }
  if (name === 'too_low' || name === 'too_high') return text(`rejection.problem.${name}`, { limit });
  if (name === 'bad_format') {
    const format = lookup(text, 'format', String(params.format)) ?? text('rejection.format.other');
    return text('rejection.problem.bad_format', { format });
  }
  return lookup(text, 'problem', name) ?? text('rejection.problem.invalid');
}

/** "Title", or for a nested path the field's own name with where it sits: "Start (sessions.3.startsAt)". */
function fieldName(text: Text, path: string): string {
  const leaf = path.split('.').at(-1) ?? path;
  const label = lookup(text, 'field', leaf);
  if (label === null) return path;
  return leaf === path ? label : `${label} (${path})`;
}

/** A word of the rejection catalog (`rejection.<group>.<key>`), or null when it has none. */
function lookup(text: Text, group: string, key: string): string | null {
  const full = `rejection.${group}.${key}`;
  const found = text(full);
  return found === full ? null : found;
}

/** The outcome of a tap recorded on this device (LocalStore.mutate): refused here by the rules, or not. */
export interface LocalOutcome {
  localRejection?: string | undefined;
  refusal?: { code: string; params: Params } | undefined;
}

/** Why this device's rules refused a tap, in the user's language; undefined when they did not. */
export function localRefusal(t: TFunction, result: LocalOutcome): string | undefined {
  if (result.localRejection === undefined) return undefined;
  return describeRejection(t, { ...result.refusal, reason: result.localRejection });
}
