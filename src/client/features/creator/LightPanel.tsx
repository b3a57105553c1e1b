// Light at the spot at the key moment: sun direction and height, sunrise, sunset, golden hour, into-the-sun warning.
import { useTranslation } from 'react-i18next';
import type { LatLng } from '../../../shared/domain/common.ts';
import { spotLight } from '../../../shared/domain/light.ts';
import { venueTime } from '../../ui/time.ts';
import { bearingParts } from './geo-format.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface LightPanelProps {
  at: LatLng;
  keyMomentAt: string;
  /** The plan day the moment is in: the venue's date is named in the heading when it is another day. */
  planDay: string;
  venueTimeZone: string;
  /** The shooting direction, when known: needed for the into-the-sun warning. */
  bearing?: number;
  /** The moment's title: it names the panel's landmark (one per card). */
  momentTitle: string;
}

export function LightPanel({
  at,
  keyMomentAt,
  planDay,
  venueTimeZone,
  bearing,
  momentTitle,
}: LightPanelProps) {
  const { t, i18n } = useTranslation();
  const light = spotLight(at, keyMomentAt, bearing);
  const locale = formatLocale(i18n.language);
  // Venue times without a zone name: the key moment above already says which zone. Every time
  // here is of the key moment's day at the venue, so its date is said once, in the heading.
  const time = (iso: string) =>
    venueTime(iso, { timeZone: venueTimeZone, locale, viewerTimeZone: null }).time;
  const day = venueTime(keyMomentAt, { timeZone: venueTimeZone, locale, planDay, viewerTimeZone: null }).date;
  const sun = bearingParts(light.sun.azimuth, t);
  const up = light.sun.elevation > -0.833;
  return (
    // Named with the moment: one light panel per card, and landmarks must differ.
    <section className="light" aria-label={`${t('creator.light.heading')}${t('app.colon')}${momentTitle}`}>
      <h4>
        {t('creator.light.heading')}
        {day ? (
          <>
            {' '}
            <span className="venue-date">{day}</span>
          </>
        ) : null}
      </h4>
      {light.intoSun ? (
        <p className="warning into-sun" role="note">
          <span aria-hidden="true">☀ </span>
          {t('creator.light.intoSun')}
        </p>
      ) : null}
      <p>
        {up
          ? t('creator.light.sun', {
              azimuth: sun.bearing,
              compass: sun.compass,
              elevation: Math.round(light.sun.elevation),
            })
          : t('creator.light.sunDown', { elevation: Math.round(light.sun.elevation) })}
      </p>
      {light.golden ? <p className="golden">{t('creator.light.goldenNow')}</p> : null}
      {light.sunrise && light.sunset ? (
        <dl className="facts">
          <dt>{t('creator.light.sunrise')}</dt>
          <dd>{time(light.sunrise)}</dd>
          <dt>{t('creator.light.golden')}</dt>
          <dd>
            {/* A range never breaks at its dash on a narrow phone; the line may break between ranges. */}
            {light.morningGoldenEnd ? (
              <span className="range">{`${time(light.sunrise)}–${time(light.morningGoldenEnd)}`}</span>
            ) : (
              '—'
            )}
            {light.eveningGoldenStart ? ' · ' : ''}
            {light.eveningGoldenStart ? (
              <span className="range">{`${time(light.eveningGoldenStart)}–${time(light.sunset)}`}</span>
            ) : null}
          </dd>
          <dt>{t('creator.light.sunset')}</dt>
          <dd>{time(light.sunset)}</dd>
        </dl>
      ) : (
        <p>{t('creator.light.polar')}</p>
      )}
    </section>
  );
}
