// i18next with every French and English string at once (tests); the app's instance loads them on demand (app.ts).
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { laterEn } from './later.en.ts';
import { laterFr } from './later.fr.ts';
import { addFrenchElision } from './elision.ts';
import { type Language } from './language.ts';
import { mergeCatalogs } from './merge.ts';

export { LANGUAGES, type Language } from './language.ts';
export { createAppI18n, loadLaterCatalogs, useLaterCatalogs } from './app.ts';

/** Every string of the UI: the start catalog and the laptop screens' (what the app ends up with). */
export type FullCatalog = typeof en & typeof laterEn;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: FullCatalog };
  }
}

/** The whole catalog of `language`: start strings and laptop screens' strings merged. */
export function fullCatalog(language: Language): FullCatalog {
  return language === 'fr' ? mergeCatalogs(fr, laterFr) : mergeCatalogs(en, laterEn);
}

/** A ready i18next instance in `language` with both whole catalogs loaded (tests make their own). */
export function createI18n(language: Language): I18n {
  const instance = createInstance({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['fr', 'en'],
    resources: { en: { translation: fullCatalog('en') }, fr: { translation: fullCatalog('fr') } },
    // As the app's instance (app.ts): no per-call key check.
    keySeparator: '.',
    // React escapes already; the catalogs hold plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.use(initReactI18next);
  void instance.init();
  addFrenchElision(instance);
  return instance;
}
