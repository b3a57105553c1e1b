// A moment's place in the official schedule: its session's status, and the latest change (moved, postponed, cancelled).
import { useT } from '../i18n/use-t.ts';
import type { Moment } from '../../shared/domain/moment.ts';
import { changeText } from './schedule-change.ts';
import './schedule.css';
import { formatLocale } from '../i18n/format-locale.ts';

export interface ScheduleMarkProps {
  moment: Moment;
  /** The venue's zone: every time in the venue's clock. */
  timeZone: string;
  /** Show the latest change too (planners, the desk, the day plan); the creator's phone has its own notice. */
  withChange?: boolean;
}

/** Nothing for a scheduled session without a change; a status chip and the change otherwise. */
export function ScheduleMark({ moment, timeZone, withChange = true }: ScheduleMarkProps) {
  const { t, i18n } = useT();
  const status = moment.sessionStatus;
  const change = withChange ? moment.scheduleChange : undefined;
  if (!status && !change) return null;
  return (
    <p className="schedule-mark">
      {status ? (
        <span className={`schedule-status schedule-status-${status}`}>
          <span className="visually-hidden">{t('schedule.statusPrefix')} </span>
          {t(`schedule.status.${status}`)}
        </span>
      ) : null}
      {change ? (
        <span className="schedule-change">
          {changeText(t, moment, change, { timeZone, locale: formatLocale(i18n.language) })}
        </span>
      ) : null}
    </p>
  );
}
