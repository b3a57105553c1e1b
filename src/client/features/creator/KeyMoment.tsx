// The key-moment time at the venue, in the venue's zone (with its own date if not the plan day), and a live countdown.
import { useT } from '../../i18n/use-t.ts';
import { countdown, formatCountdown } from '../../../shared/domain/countdown.ts';
import { VenueTime } from '../../ui/VenueTime.tsx';
import { useNow } from './use-now.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface KeyMomentProps {
  at: string;
  /** The plan day the moment is in (YYYY-MM-DD in the edition's zone). */
  planDay: string;
  venueTimeZone?: string;
  /** The viewer's zone; tests pin it. */
  viewerTimeZone?: string;
}

export function KeyMoment({ at, planDay, venueTimeZone, viewerTimeZone }: KeyMomentProps) {
  const { t, i18n } = useT();
  const now = useNow();
  const c = countdown(now, at);
  const clock = formatCountdown({ ...c, past: false }, formatLocale(i18n.language));
  return (
    <div className="key-moment">
      <p className="key-moment-time">
        <span className="visually-hidden">{t('creator.keyMoment')} </span>
        {venueTimeZone ? (
          <VenueTime
            instant={at}
            timeZone={venueTimeZone}
            planDay={planDay}
            {...(viewerTimeZone ? { viewerTimeZone } : {})}
          />
        ) : (
          <time dateTime={at}>{at}</time>
        )}
      </p>
      {/* Not a live region: a screen reader announcing every second would drown everything else. */}
      <p className="countdown" role="timer" aria-label={t('creator.countdown')}>
        {c.past ? t('creator.startedAgo', { time: clock }) : t('creator.startsIn', { time: clock })}
      </p>
    </div>
  );
}
