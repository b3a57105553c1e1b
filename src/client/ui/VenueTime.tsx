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

/** Stand-ins for the parts, so the catalog's one template (`time.withDate`, `time.withZone`) lays them out. */
const TIME = '\u0001';
const DATE = '\u0002';

/**
 * Splits `text` at the first `marker`: the text before it and after it. The catalogs' templates
 * hold each part once; a missing one leaves `after` empty.
 */
function around(text: string, marker: string): [before: string, after: string] {
  const at = text.indexOf(marker);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + marker.length)];
}

/**
 * The template's text between the time and the date ("," in "15:34, mar. 30 juil."): read out and
 * copied as written, but on screen the highlighted date already sets itself apart, and a comma
 * left after a big clock reads as a stray mark ("15:34," on its own line at 360 px). Its spaces stay.
 */
function Separator({ text }: { text: string }) {
  const mark = text.trim();
  if (!mark) return <>{text}</>;
  const [lead, trail] = around(text, mark);
  return (
    <>
      {lead}
      <span className="visually-hidden venue-sep">{mark}</span>
      {trail}
    </>
  );
}

export function VenueTime({ instant, timeZone, planDay, viewerTimeZone, clockClassName }: VenueTimeProps) {
  const { t, i18n } = useT();
  const when = venueTime(instant, {
    timeZone,
    planDay,
    locale: formatLocale(i18n.language),
    ...(viewerTimeZone !== undefined ? { viewerTimeZone } : {}),
  });
  // The same templates as useVenueTimeText: one way to write a venue time, on every screen.
  const [beforeTime, afterTime] = around(
    when.date ? t('time.withDate', { time: TIME, date: DATE }) : TIME,
    TIME,
  );
  const [betweenDate, afterDate] = around(afterTime, DATE);
  const [beforeDated, zoneText] = when.zone
    ? around(t('time.withZone', { time: TIME, zone: when.zone }), TIME)
    : ['', ''];
  return (
    <time dateTime={instant} className="venue-time">
      {beforeDated}
      {beforeTime}
      <span className={clockClassName}>{when.time}</span>
      {when.date ? (
        <>
          <Separator text={betweenDate} />
          <span className="venue-date">
            <span className="visually-hidden">{t('time.localDate')} </span>
            {when.date}
          </span>
          {afterDate}
        </>
      ) : null}
      {zoneText ? <span className="venue-zone">{zoneText}</span> : null}
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
