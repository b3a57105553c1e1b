// The locale every date, time and number is written in: the app's language with the user's region (en-GB → 24 h, en-US → 12 h).

/**
 * Answers by language and browser languages (a handful per session): screens ask on every render,
 * and canonicalising tags costs more than a Map lookup.
 */
const cache = new Map<string, string>();
/** The same for the browser's current languages, by UI language; emptied when they change. */
const forBrowser = new Map<string, string>();
if (typeof addEventListener === 'function') addEventListener('languagechange', () => forBrowser.clear());

/**
 * The BCP 47 locale to format in when the UI speaks `language` ("fr" or "en") and the browser
 * lists `browserLanguages` (navigator.languages, most preferred first):
 * 1. the first browser tag of that language, so its region counts ("en-GB": 24 h clock and
 *    day/month; "en-US": 12 h and month/day; "fr-CA": its own date order);
 * 2. else the UI language with the region of the first browser tag that has one (a French browser
 *    switched to English reads "en-FR": 24 h, day first; Intl falls back on the language for a pair
 *    CLDR lacks);
 * 3. else the language alone ("en": the CLDR default, 12 h).
 * Only the clock style and the date order follow the region: the words stay in `language`, and
 * every time is still written in its own zone (the venue's, or the reader's where it says so).
 */
export function formatLocale(language: string, browserLanguages?: readonly string[]): string {
  if (browserLanguages === undefined) {
    // The browser's own languages: answered per language until they change (every formatted
    // value of a render asks; reading navigator.languages and joining it showed in the profile).
    let locale = forBrowser.get(language);
    if (locale === undefined)
      forBrowser.set(language, (locale = formatLocale(language, navigatorLanguages())));
    return locale;
  }
  const key = `${language}|${browserLanguages.join(',')}`;
  let locale = cache.get(key);
  if (locale === undefined) {
    locale = pick(language, browserLanguages);
    cache.set(key, locale);
  }
  return locale;
}

function pick(language: string, browserLanguages: readonly string[]): string {
  const base = language.toLowerCase().split('-')[0] || language;
  const tags = browserLanguages.flatMap((tag) => canonical(tag) ?? []);
  const same = tags.find((tag) => tag.split('-')[0]!.toLowerCase() === base);
  if (same) return same;
  // The region subtag of the first tag that has one: two letters or three digits (BCP 47 §2.2.4).
  const region = tags
    .map((tag) => /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i.exec(tag)?.[1])
    .find(Boolean);
  return (region && canonical(`${base}-${region}`)) || base;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not a BCP 47 tag: ignored
  }
}

function navigatorLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
}
