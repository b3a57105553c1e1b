// The screen of the editors' desk.
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';

export function BoardScreen(_props: { actor: Actor }) {
  const { t } = useTranslation();
  return <h1>{t('board.title')}</h1>;
}
