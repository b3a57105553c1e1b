// i18next set up with the French and English catalogs; keeps <html lang> in step with the language.
import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { type Language, initialLanguage, isLanguage, rememberLanguage } from './language.ts';

export { LANGUAGES, type Language } from './language.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** A ready i18next instance in `language`; tests make their own, main.tsx makes the app's. */
export function createI18n(language: Language): I18n {
  const instance = createInstance({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['fr', 'en'],
    resources: { en: { translation: en }, fr: { translation: fr } },
    // React escapes already; the catalogs hold plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.use(initReactI18next);
  void instance.init();
  return instance;
}

/** The app's instance: remembered choice or browser language; <html lang> follows every change. */
export function createAppI18n(): I18n {
  const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
  const instance = createI18n(initialLanguage(storage, navigator.language));
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    if (isLanguage(language)) rememberLanguage(storage, language);
  });
  return instance;
}
