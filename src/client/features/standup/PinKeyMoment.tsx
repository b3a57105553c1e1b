// The planner pins a moment's key time: a moved session then leaves it where it is (moment.update, synced).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Moment } from '../../../shared/domain/moment.ts';
import type { Record } from './use-record.ts';

export function PinKeyMoment({ moment, record }: { moment: Moment; record: Record }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="standup-inline no-print">
      <input
        id={id}
        type="checkbox"
        checked={moment.pinned === true}
        aria-describedby={`${id}-help`}
        onChange={(e) => void record('moment.update', { id: moment.id, pinned: e.currentTarget.checked })}
      />
      <label htmlFor={id}>{t('schedule.pin')}</label>
      <p id={`${id}-help`} className="muted">
        {t('schedule.pinHelp')}
      </p>
    </div>
  );
}
