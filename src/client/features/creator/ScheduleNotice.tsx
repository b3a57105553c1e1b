// A change of the schedule under one of my moments, standing out until I tap "Got it" (offline too: it syncs later).
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../../shared/domain/member.ts';
import type { Moment, ScheduleChange } from '../../../shared/domain/moment.ts';
import { changeText } from '../../ui/schedule-change.ts';
import '../../ui/schedule.css';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface ScheduleNoticeProps {
  moment: Moment;
  assignment: Assignment;
  change: ScheduleChange;
  timeZone: string;
  onAcknowledge(): void;
  /** Shown above the change (the moment's title) when the notice stands away from its card. */
  title?: string;
  /** "Show 31 July": when the moment is on another day than the one on screen. */
  onShowDay?: () => void;
  dayLabel?: string;
}

export function ScheduleNotice(props: ScheduleNoticeProps) {
  const { moment, assignment, change, timeZone, onAcknowledge, title, onShowDay, dayLabel } = props;
  const { t, i18n } = useTranslation();
  // What I last knew: the key moment I acknowledged, else the one just before this change.
  const was = assignment.acknowledged?.keyMomentAt;
  const text = changeText(t, moment, change, {
    timeZone,
    locale: formatLocale(i18n.language),
    ...(was && was !== moment.keyMomentAt ? { was } : {}),
  });
  const danger = change.kind === 'cancelled' || change.kind === 'postponed';
  return (
    <div className={`panel schedule-notice ${danger ? 'panel-danger' : 'panel-warning'}`}>
      {title ? <p>{title}</p> : null}
      <p className="schedule-notice-what">{text}</p>
      <div className="button-row">
        {onShowDay && dayLabel ? (
          <button type="button" className="button" onClick={onShowDay}>
            {t('schedule.mine.show', { day: dayLabel })}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          aria-label={t('schedule.acknowledgeLabel', { title: moment.title })}
          onClick={onAcknowledge}
        >
          {t('schedule.acknowledge')}
        </button>
      </div>
    </div>
  );
}
