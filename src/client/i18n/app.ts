// The app's i18next instance: only the active language's start strings before "my day"; the rest on demand.
import type { BackendModule, i18n as I18n } from 'i18next';
import { createInstance } from 'i18next';
import { use } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from './language.ts';
import { addFrenchElision } from './elision.ts';
import { initialLanguage, isLanguage, rememberLanguage } from './language.ts';
import type { CatalogTree } from './merge.ts';
import { mergeCatalogs } from './merge.ts';

// One chunk per language and part: a French phone never downloads the English strings, a creator's
// phone never the stand-up's or the desk's (issue #14: 150 kB before "my day").
const START: Record<Language, () => Promise<CatalogTree>> = {
  en: () => import('./en.ts').then((m) => m.en),
  fr: () => import('./fr.ts').then((m) => m.fr),
};
const LATER: Record<Language, () => Promise<CatalogTree>> = {
  en: () => import('./later.en.ts').then((m) => m.laterEn),
  fr: () => import('./later.fr.ts').then((m) => m.laterFr),
};

/** A key only the later catalogs hold: present once they are merged in for a language. */
const LATER_PROBE = 'standup.title';

/** Per instance: whether a laptop screen asked for the later strings, and each language's load. */
const later = new WeakMap<I18n, { wanted: boolean; loads: Map<string, Promise<void>> }>();

function laterState(i18n: I18n) {
  let state = later.get(i18n);
  if (!state) later.set(i18n, (state = { wanted: false, loads: new Map() }));
  return state;
}

/** i18next's backend contract: `read` hands over one language's catalog (i18next waits for it on changeLanguage). */
function backendFor(getInstance: () => I18n): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read(language, _namespace, callback) {
      if (!isLanguage(language)) return callback(new Error(`no catalog for language ${language}`), false);
      // Once a laptop screen is open, a language switch brings its strings along, so it never shows keys.
      const withLater = laterState(getInstance()).wanted;
      Promise.all([START[language](), withLater ? LATER[language]() : undefined]).then(
        ([start, rest]) => callback(null, rest ? mergeCatalogs(start, rest) : start),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

/**
 * The app's instance, resolved once the active language's start catalog is loaded (remembered
 * choice or browser language); <html lang> follows every change and the choice is remembered.
 */
export async function createAppI18n(): Promise<I18n> {
  const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
  const instance: I18n = createInstance({
    lng: initialLanguage(storage, navigator.language),
    // Both catalogs have the same keys (tested): no fallback language to download.
    fallbackLng: false,
    supportedLngs: ['fr', 'en'],
    load: 'currentOnly',
    ns: ['translation'],
    defaultNS: 'translation',
    // Said explicitly (the default value): i18next then skips its "natural-language key" check,
    // which builds two regular expressions at every t() call (~20 ms of the first render at 4×).
    keySeparator: '.',
    // React escapes already; the catalogs hold plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.use(backendFor(() => instance)).use(initReactI18next);
  await instance.init();
  addFrenchElision(instance);
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    if (isLanguage(language)) rememberLanguage(storage, language);
  });
  return instance;
}

/**
 * Merges the laptop screens' strings (stand-up, desk, audit) of the current language into `i18n`;
 * resolves at once when they are there (the tests' instances have every string from the start).
 * The same promise is returned until it settles, so React's `use()` can wait on it.
 */
export function loadLaterCatalogs(i18n: I18n): Promise<void> {
  const language = i18n.language;
  const state = laterState(i18n);
  state.wanted = true;
  const known = state.loads.get(language);
  if (known) return known;
  const load =
    i18n.exists(LATER_PROBE) || !isLanguage(language)
      ? // Already there: marked settled, so use() reads it without suspending even once.
        Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined })
      : readable(
          LATER[language]().then((rest) => {
            i18n.addResourceBundle(language, 'translation', rest, true, true);
          }),
        );
  state.loads.set(language, load);
  // A failed load (an offline phone without the chunk) is tried again next time.
  load.catch(() => state.loads.delete(language));
  return load;
}

/**
 * The promise with the `status` / `value` / `reason` fields React's `use()` reads: once settled,
 * `use()` returns (or throws) at once instead of suspending again.
 */
function readable(load: Promise<void>): Promise<void> {
  const thenable = Object.assign(load, { status: 'pending' as string, reason: undefined as unknown });
  load.then(
    () => (thenable.status = 'fulfilled'),
    (reason: unknown) => Object.assign(thenable, { status: 'rejected', reason }),
  );
  return load;
}

/** Suspends a laptop screen until its strings are in the current language (see loadLaterCatalogs). */
export function useLaterCatalogs(): void {
  const { i18n } = useTranslation();
  // use() on every render, never behind a condition: when a component suspended in use() and its
  // replay skipped it (the strings had arrived), React replayed it under the update dispatcher and
  // its first state hook threw "Update hook called on initial render" (#467, logged as #520).
  use(loadLaterCatalogs(i18n));
}
