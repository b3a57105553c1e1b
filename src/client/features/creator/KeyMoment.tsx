// The key-moment time at the venue, in the venue's zone, and a live countdown readable at arm's length.
import { useTranslation } from 'react-i18next';
import { countdown, formatCountdown } from '../../../shared/domain/countdown.ts';
import { formatVenueTime } from '../../ui/time.ts';
import { useNow } from './use-now.ts';

export interface KeyMomentProps {
  at: string;
  venueTimeZone?: string;
  /** The viewer's zone; tests pin it. */
  viewerTimeZone?: string;
}

export function KeyMoment({ at, venueTimeZone, viewerTimeZone }: KeyMomentProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const when = venueTimeZone ? formatVenueTime(at, venueTimeZone, i18n.language, viewerTimeZone) : undefined;
  const c = countdown(now, at);
  const clock = formatCountdown({ ...c, past: false });
  return (
    <div className="key-moment">
      <p className="key-moment-time">
        <span className="visually-hidden">{t('creator.keyMoment')} </span>
        <time dateTime={at}>{when?.time ?? at}</time>
        {when?.zone ? <span className="key-moment-zone"> {when.zone}</span> : null}
      </p>
      {/* Not a live region: a screen reader announcing every second would drown everything else. */}
      <p className="countdown" role="timer" aria-label={t('creator.countdown')}>
        {c.past ? t('creator.startedAgo', { time: clock }) : t('creator.startsIn', { time: clock })}
      </p>
    </div>
  );
}
