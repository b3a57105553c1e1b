// The one order every replica agrees on: strings compared by code point, never by locale.

/**
 * Compares two strings with JavaScript's `<` (UTF-16 code units), for sorts whose result must be
 * the same on the phone, the server and in tests: list() of an overlay, ties between rows. Unlike
 * `localeCompare` it does not depend on the runtime's locale or ICU data. For the ids and ISO 8601
 * instants compared here (ASCII) this is code-point order, which SQLite's BINARY collation also
 * uses. Names shown to people are sorted with `Intl.Collator` instead.
 * Returns a negative number, 0 or a positive number, as `Array.prototype.sort` expects.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders records by their `id` with byCodePoint: the tie-break of last resort between rows. */
export function byId(a: { id: string }, b: { id: string }): number {
  return byCodePoint(a.id, b.id);
}
