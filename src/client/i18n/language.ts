// Which language the UI speaks: the user's choice if remembered, else the browser's (fr* → French).
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** localStorage key of the FR/EN switch; kept apart from IndexedDB so it survives a store reset. */
export const LANGUAGE_KEY = 'plan-de-jeu.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** fr, fr-FR, fr-CA… → French; anything else (or nothing) → English. */
export function languageOf(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function initialLanguage(storage: Pick<Storage, 'getItem'> | undefined, browserLanguage?: string) {
  let remembered: string | null = null;
  try {
    remembered = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    // Private mode or storage disabled: fall back to the browser's language.
  }
  return isLanguage(remembered) ? remembered : languageOf(browserLanguage);
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered across launches, but the switch still works for this session.
  }
}
