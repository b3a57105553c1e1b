// Cached Intl formatters: building one costs far more than using it, and screens format on every render.

/**
 * Past this many formatters per kind the cache starts afresh: the keys are locales × zones ×
 * option sets (a few dozen in practice), so this only guards against a runaway caller.
 */
export const MAX_CACHED_FORMATTERS = 500;

function cached<F, O extends object>(make: (locale: string, options: O) => F) {
  const cache = new Map<string, F>();
  // By the options as written (a caller writes its literal in one order): one loop and a lookup,
  // without the entries, sort and join of keyOf, which showed in a first render's profile.
  const asWritten = new Map<string, F>();
  return (locale: string, options: O): F => {
    let quick = locale;
    for (const k in options) quick += `|${k}=${String(options[k])}`;
    let formatter = asWritten.get(quick);
    if (formatter) return formatter;
    const key = `${locale}|${keyOf(options)}`;
    formatter = cache.get(key);
    if (!formatter) {
      if (cache.size >= MAX_CACHED_FORMATTERS) cache.clear();
      formatter = make(locale, options);
      cache.set(key, formatter);
    }
    if (asWritten.size >= MAX_CACHED_FORMATTERS) asWritten.clear();
    asWritten.set(quick, formatter);
    return formatter;
  };
}

/** The options as a stable key: the same options in any property order share one formatter. */
function keyOf(options: object): string {
  return Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
}

/**
 * An `Intl.DateTimeFormat` for `locale` (a BCP 47 tag such as "fr" or "en-GB") and `options`,
 * built once and reused for every later call with the same locale and options (ECMA-402 §11).
 * Throws a RangeError, like the constructor, for an unknown `timeZone`.
 */
export const dateTimeFormat = cached(
  (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);

/** A cached `Intl.NumberFormat` (ECMA-402 §15): units such as `{ style: 'unit', unit: 'hour' }`. */
export const numberFormat = cached(
  (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);

/** A cached `Intl.ListFormat` (ECMA-402 §13): "Sport, Site et Public". */
export const listFormat = cached(
  (locale: string, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options),
);

/** A cached `Intl.RelativeTimeFormat` (ECMA-402 §17): "il y a 25 min", "in 3 hr". */
export const relativeTimeFormat = cached(
  (locale: string, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
);
