// The screen of the morning stand-up.
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';

export function StandupScreen(_props: { actor: Actor }) {
  const { t } = useTranslation();
  return <h1>{t('standup.title')}</h1>;
}
