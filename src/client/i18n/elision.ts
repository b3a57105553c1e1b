// French elision of "de" before a name ("d’Inès Durand", "de Malik"): an i18next formatter, `{{name, de}}` in the French catalogs.
import type { i18n as I18n } from 'i18next';

/**
 * Words that start with a vowel sound in French: a vowel (accented or not) or an H, mute in the
 * first names and place names the plan holds (Hugo, Hélène, Hôtel de Ville). A Y before a vowel
 * is a consonant (Yannick, Yohann) and takes "de".
 */
const VOWEL_SOUND = /^(?:[aeiouàâäæéèêëîïôöœùûüh]|y(?![aeiouàâäéèêëîïôöùûü]))/i;

/**
 * "de" followed by `value`, elided before a vowel sound: `de('Inès Durand')` is "d’Inès Durand",
 * `de('Malik')` is "de Malik". The apostrophe is U+2019, as in the rest of the French catalogs.
 * An empty value gives "de" alone.
 */
export function de(value: unknown): string {
  const text = String(value ?? '').trim();
  if (!text) return 'de';
  return VOWEL_SOUND.test(text) ? `d’${text}` : `de ${text}`;
}

/**
 * Registers the `de` formatter on a ready instance (call after `init()`): the French catalogs write
 * `'Rôle {{name, de}}'` for "Rôle de Malik" / "Rôle d’Inès". i18next's formatters:
 * https://www.i18next.com/translation-function/formatting (added through `services.formatter.add`).
 */
export function addFrenchElision(instance: I18n): void {
  instance.services.formatter?.add('de', (value: unknown) => de(value));
}
