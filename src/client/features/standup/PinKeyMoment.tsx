// The planner pins a moment's key time: a moved session then leaves it where it is (moment.update, synced).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Moment } from '../../../shared/domain/moment.ts';
import type { Record } from './use-record.ts';

export function PinKeyMoment({ moment, record }: { moment: Moment; record: Record }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="standup-pin no-print">
      {/* The box inside its label: one row, the words beside the box, the whole row a tap target. */}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={moment.pinned === true}
          aria-describedby={`${id}-help`}
          onChange={(e) => void record('moment.update', { id: moment.id, pinned: e.currentTarget.checked })}
        />
        {t('schedule.pin')}
      </label>
      <p id={`${id}-help`} className="muted">
        {t('schedule.pinHelp')}
      </p>
    </div>
  );
}
