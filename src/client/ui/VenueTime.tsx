// A time on the venue's clock, with the venue's own date beside it when it is not the plan day, and its zone if needed.
import { useT } from '../i18n/use-t.ts';
import { venueTime } from './time.ts';
import { formatLocale } from '../i18n/format-locale.ts';

export interface VenueTimeProps {
  /** UTC instant, ISO 8601. */
  instant: string;
  /** The venue's IANA zone. */
  timeZone: string;
  /** The plan day (YYYY-MM-DD in the edition's zone) the time belongs to: usually `moment.day`. */
  planDay: string;
  /** The viewer's zone; tests pin it. `null`: never name the venue's zone. */
  viewerTimeZone?: string | null;
  /** Class of the clock reading (e.g. "key-time" for a big key-moment time). */
  clockClassName?: string;
}

export function VenueTime({ instant, timeZone, planDay, viewerTimeZone, clockClassName }: VenueTimeProps) {
  const { t, i18n } = useT();
  const when = venueTime(instant, {
    timeZone,
    planDay,
    locale: formatLocale(i18n.language),
    ...(viewerTimeZone !== undefined ? { viewerTimeZone } : {}),
  });
  return (
    <time dateTime={instant} className="venue-time">
      <span className={clockClassName}>{when.time}</span>
      {when.date ? (
        <>
          {' '}
          <span className="venue-date">
            <span className="visually-hidden">{t('time.localDate')} </span>
            {when.date}
          </span>
        </>
      ) : null}
      {when.zone ? <span className="venue-zone"> ({when.zone})</span> : null}
    </time>
  );
}

/** The same reading as text, for sentences and table cells: "15:34, mar. 30 juil. (UTC−10)". */
export function useVenueTimeText(): (
  instant: string,
  timeZone: string,
  planDay: string,
  viewerTimeZone?: string | null,
) => string {
  const { t, i18n } = useT();
  return (instant, timeZone, planDay, viewerTimeZone) => {
    const when = venueTime(instant, {
      timeZone,
      planDay,
      locale: formatLocale(i18n.language),
      ...(viewerTimeZone !== undefined ? { viewerTimeZone } : {}),
    });
    const dated = when.date ? t('time.withDate', { time: when.time, date: when.date }) : when.time;
    return when.zone ? t('time.withZone', { time: dated, zone: when.zone }) : dated;
  };
}

/** Beside a time field: the venue's date, when the time typed is on another day there than the plan day. */
export function VenueDayHint({
  instant,
  timeZone,
  planDay,
}: {
  instant: string;
  timeZone: string;
  planDay: string;
}) {
  const { t, i18n } = useT();
  const { date } = venueTime(instant, {
    timeZone,
    planDay,
    locale: formatLocale(i18n.language),
    viewerTimeZone: null,
  });
  return date ? <p className="muted venue-day-hint">{t('time.venueDay', { date })}</p> : null;
}
