// Matching names people type (venues, editions, yes/no) to the app's, through Unicode normalisation.
import type { Edition, Venue } from '../domain/edition.ts';

/** Apostrophe look-alikes: ' ’ ‘ ‛ ʻ ʼ ʽ ` ´ ′ ＇ — all dropped, so "Teahupoʻo", "Teahupo’o" and "Teahupoo" match. */
const APOSTROPHES = /['\u2018\u2019\u201B\u02BB\u02BC\u02BD\u0060\u00B4\u2032\uFF07]/gu;
/** Characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
/** Runs of spaces (any width, no-break included) and hyphens or dashes (‐ ‑ ‒ – — −, _) count as one space. */
const SEPARATORS = /[\s\u2010-\u2015\u2212_-]+/gu;

/**
 * The key two names are compared by: NFKC (compatibility forms: fullwidth letters, ligatures, no-break
 * spaces), then accents removed (NFD, marks dropped), apostrophes and invisible characters dropped,
 * lower case, and spaces and hyphens collapsed. "Champ de Mars  arena" = "Champ-de-Mars Arena".
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** A venue by id or by name (compared by {@link matchKey}); undefined when none matches. */
export function findVenue(venues: readonly Venue[], name: string): Venue | undefined {
  const key = matchKey(name);
  return venues.find((v) => v.id === name.trim() || matchKey(v.name) === key);
}

/** An edition by id, name or type ("olympic", "paralympic"): one Games has one of each. */
export function findEdition(editions: readonly Edition[], name: string): Edition | undefined {
  const key = matchKey(name);
  return editions.find((e) => e.id === name.trim() || matchKey(e.name) === key || e.type === key);
}

/**
 * The name with every character a reader cannot tell apart made visible as its code point:
 * "Stade de Fran[U+0441]e" (a Cyrillic с), "Bercy[U+00A0]Arena". Latin letters (accented too), digits,
 * ASCII punctuation and plain spaces stay as they are. Returns undefined when nothing needed showing.
 */
export function visibleName(text: string): string | undefined {
  let shown = '';
  let changed = false;
  for (const char of text) {
    const plain = /^[\x20-\x7E]$/u.test(char) || /^(?=\p{Script=Latin})\p{L}$/u.test(char);
    if (plain && !/^\p{Lm}$/u.test(char)) shown += char;
    else {
      changed = true;
      shown += `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
    }
  }
  return changed ? shown : undefined;
}
