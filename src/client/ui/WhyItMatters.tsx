// Why a moment matters, written one way on every screen (my day, the day plan, the stand-up, its sheet):
// "Léon Marchand: a date with history. <the planner's words>" or "An iconic event of the Games: <words>".
import { useTranslation } from 'react-i18next';
import type { WhyItMatters as Why } from '../../shared/domain/moment.ts';

export function WhyItMatters({ why }: { why: Why }) {
  const { t } = useTranslation();
  const colon = t('app.colon');
  if (why.kind === 'athlete')
    return (
      <>
        <strong>{why.athlete}</strong>
        {colon}
        {t('moment.whyAthlete')}
        {why.text ? `. ${why.text}` : null}
      </>
    );
  return (
    <>
      <strong>{t('moment.whyIconic')}</strong>
      {colon}
      {why.text}
    </>
  );
}
