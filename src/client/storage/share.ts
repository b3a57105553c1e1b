// Structural sharing of query results: what did not change keeps its old object, so memoised screens skip it.

/**
 * `next` with every part deep-equal to the same part of `prev` replaced by `prev`'s object; `prev`
 * itself when the whole is equal. Plain data only (JSON-like rows, arrays, Maps are compared by
 * reference). A live query re-read after a tap then hands React the same image objects for every
 * image the tap did not touch, and `memo` skips their cards.
 */
export function share<T>(prev: unknown, next: T): T {
  if (prev === next) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    const out = next.map((item, i) => {
      const shared = share(prev[i], item);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (Array.isArray(prev) || Object.getPrototypeOf(next) !== Object.prototype) return next;
  if (Object.getPrototypeOf(prev) !== Object.prototype) return next;
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const shared = share(before[key], after[key]);
    if (shared !== before[key] || !(key in before)) same = false;
    out[key] = shared;
  }
  return (same ? prev : out) as T;
}
