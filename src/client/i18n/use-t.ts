// useTranslation for the many small parts of a screen: the context's i18next and its t, without react-i18next's per-component copy of the instance.
import type { i18n as I18n, TFunction } from 'i18next';
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

/**
 * `{ t, i18n }` of the I18nextProvider's instance (else the one initReactI18next registered), in
 * its current language; re-renders when the language changes (react-i18next's default binding).
 * For parts rendered many times per screen (a card's, an image's): react-i18next's
 * `useTranslation` copies every property of the instance into a wrapper per component instance,
 * which showed in the profile of the first render of "my day" at 4× CPU. The strings must already
 * be loaded (the app loads its start catalog before the first render; later screens wait with
 * `useLaterCatalogs`): this hook never suspends.
 */
export function useT(): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const subscribe = useCallback(
    (changed: () => void) => {
      i18n.on('languageChanged', changed);
      return () => i18n.off('languageChanged', changed);
    },
    [i18n],
  );
  const language = useSyncExternalStore(
    subscribe,
    () => i18n.language,
    () => i18n.language,
  );
  return useMemo(() => ({ t: i18n.getFixedT(language), i18n }), [i18n, language]);
}
