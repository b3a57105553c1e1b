// Auto / Sunlight / Dark: a one-tap display switch for full sun at noon or a dark stand at night.
import { useTranslation } from 'react-i18next';
import { THEMES, useTheme } from './theme.ts';

export function ThemeSwitch() {
  const { t } = useTranslation();
  const { theme, setTheme } = useTheme();
  return (
    <div className="segmented theme-switch" role="group" aria-label={t('creator.theme.label')}>
      {THEMES.map((option) => (
        <button key={option} type="button" aria-pressed={theme === option} onClick={() => setTheme(option)}>
          {t(`creator.theme.${option}`)}
        </button>
      ))}
    </div>
  );
}
