// Today at a glance: per moment planned / captured / missed, then what is still missing, soonest first.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/domain/entities.ts';
import { formatRelative } from '../../../shared/format/units.ts';
import { useVenueTimeText } from '../../ui/VenueTime.tsx';
import { useNow } from '../creator/use-now.ts';
import type { Glance as GlanceData } from './glance.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface GlanceProps {
  glance: GlanceData;
  venues: readonly Entity<'venue'>[];
  viewerTimeZone?: string;
}

export function Glance({ glance, venues, viewerTimeZone }: GlanceProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const now = useNow();
  const venueText = useVenueTimeText();
  const keyTime = (moment: { venueId: string; keyMomentAt: string; day: string }) => {
    const venue = venues.find((v) => v.id === moment.venueId);
    return venue
      ? venueText(moment.keyMomentAt, venue.timeZone, moment.day, viewerTimeZone)
      : moment.keyMomentAt;
  };
  return (
    <section aria-labelledby={id} className="board-section">
      <h2 id={id}>{t('board.glance.heading')}</h2>
      {glance.moments.length === 0 ? (
        <p className="muted">{t('board.glance.noMoments')}</p>
      ) : (
        <div className="table-scroll">
          <table className="board-table">
            <thead>
              <tr>
                <th scope="col">{t('board.glance.moment')}</th>
                <th scope="col">{t('board.glance.keyMoment')}</th>
                <th scope="col">{t('board.glance.planned')}</th>
                <th scope="col">{t('board.glance.captured')}</th>
                <th scope="col">{t('board.glance.missed')}</th>
              </tr>
            </thead>
            <tbody>
              {glance.moments.map(({ moment, planned, captured, missed }) => (
                <tr key={moment.id}>
                  <th scope="row">{moment.title}</th>
                  <td>
                    <time dateTime={moment.keyMomentAt}>{keyTime(moment)}</time>
                  </td>
                  <td>{planned}</td>
                  <td>{captured}</td>
                  <td>{missed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('board.glance.missing', { count: glance.missing.length })}</h3>
      {glance.missing.length === 0 ? (
        <p className="muted">{t('board.glance.nothingMissing')}</p>
      ) : (
        <ol className="missing-list" aria-label={t('board.glance.chaseOrder')}>
          {glance.missing.map(({ image, moment, overdue }) => (
            <li key={image.id}>
              <time dateTime={moment.keyMomentAt} className="key-time">
                {keyTime(moment)}
              </time>{' '}
              <strong>{image.title}</strong> — {moment.title} ({t(`status.${image.status}`)})
              {overdue ? (
                <span className="badge badge-overdue">
                  {' '}
                  {t('board.glance.overdue', {
                    ago: formatRelative(Date.parse(moment.keyMomentAt) - now, formatLocale(i18n.language)),
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
