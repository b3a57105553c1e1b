// The audit's compact before-value (migration 0011): the fields a change overwrote, kept beside the whole after-row.
import type { AnyEntity } from '../../shared/domain/entities.ts';

/**
 * What a row was before a change, relative to what it is after it: `set` holds the old value of
 * every top-level field the change altered or removed, `unset` names the fields the change added.
 * `before = after − unset + set`. Stored as JSON in `mutation_changes.before_delta` (migration 0011).
 */
export interface BeforeDelta {
  set: Record<string, unknown>;
  unset: string[];
}

type Fields = Record<string, unknown>;

/**
 * Two JSON values are the same (objects: same keys with the same values, in any order). Walks them
 * without serialising: this runs for every field of every changed row on the push's path.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Fields;
  const y = b as Fields;
  let count = 0;
  for (const k of Object.keys(x)) {
    if (x[k] === undefined) continue;
    count++;
    if (!Object.hasOwn(y, k) || !same(x[k], y[k])) return false;
  }
  for (const k of Object.keys(y)) if (y[k] !== undefined) count--;
  return count === 0;
}

/**
 * The delta taking `after` back to `before` (both rows of one change, neither null), or null when
 * the rows are equal field by field (a re-write that changed nothing). Fields are compared at the
 * top level only: a changed nested value is kept whole in `set`; key order does not count.
 */
export function beforeDelta(before: AnyEntity, after: AnyEntity): BeforeDelta | null {
  const b = before as unknown as Fields;
  const a = after as unknown as Fields;
  const set: Fields = {};
  const unset: string[] = [];
  let changed = false;
  for (const k of Object.keys(b)) {
    if (b[k] === undefined) continue;
    if (!Object.hasOwn(a, k) || a[k] === undefined || !same(b[k], a[k])) {
      set[k] = b[k];
      changed = true;
    }
  }
  for (const k of Object.keys(a)) {
    if (a[k] !== undefined && (!Object.hasOwn(b, k) || b[k] === undefined)) {
      unset.push(k);
      changed = true;
    }
  }
  return changed ? { set, unset } : null;
}

/**
 * The whole before-row back from the after-row and a delta: fields in the after-row's order, those
 * the change removed at the end. Null when either is not what the flush wrote (not JSON, not an
 * object): the audit then shows no before-row rather than failing the whole answer.
 */
export function applyBeforeDelta(after: unknown, deltaJson: string): unknown {
  let delta: Partial<BeforeDelta>;
  try {
    delta = JSON.parse(deltaJson) as Partial<BeforeDelta>;
  } catch {
    return null;
  }
  if (!isObject(after) || !isObject(delta) || !isObject(delta.set ?? {}) || !Array.isArray(delta.unset ?? []))
    return null;
  const set = (delta.set ?? {}) as Fields;
  const unset = new Set(delta.unset ?? []);
  const row: Fields = {};
  for (const [k, v] of Object.entries(after)) {
    if (!unset.has(k)) row[k] = Object.hasOwn(set, k) ? set[k] : v;
  }
  for (const [k, v] of Object.entries(set)) if (!Object.hasOwn(row, k)) row[k] = v;
  return row;
}

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deltas already computed by the audit (audit-record.ts), so the flush does not diff the rows again. */
const noted = new WeakMap<object, BeforeDelta>();

/** Remembers `delta` as the before-delta of `change` (an AuditChange object, until it is collected). */
export function noteBeforeDelta(change: object, delta: BeforeDelta): void {
  noted.set(change, delta);
}

/**
 * How a change's before-row is stored: `before` whole (JSON) on a deletion or when there is no
 * after-row to rebuild it from, else `before_delta` only; null both on a creation.
 */
export function storedBefore(change: { before: AnyEntity | null; after: AnyEntity | null }): {
  before: string | null;
  before_delta: string | null;
} {
  if (change.before === null) return { before: null, before_delta: null };
  if (change.after === null) return { before: JSON.stringify(change.before), before_delta: null };
  const delta = noted.get(change) ?? beforeDelta(change.before, change.after) ?? { set: {}, unset: [] };
  return { before: null, before_delta: JSON.stringify(delta) };
}
