// The screen of the creator's own day.
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';

export function CreatorScreen(_props: { actor: Actor }) {
  const { t } = useTranslation();
  return <h1>{t('creator.title')}</h1>;
}
