// Today at a glance: per moment planned / captured / missed, then what is still missing, soonest first.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/domain/entities.ts';
import { formatVenueTime } from '../../ui/time.ts';
import type { Glance as GlanceData } from './glance.ts';

export interface GlanceProps {
  glance: GlanceData;
  venues: readonly Entity<'venue'>[];
  viewerTimeZone?: string;
}

export function Glance({ glance, venues, viewerTimeZone }: GlanceProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const keyTime = (momentVenueId: string, instant: string) => {
    const venue = venues.find((v) => v.id === momentVenueId);
    if (!venue) return instant;
    const time = formatVenueTime(instant, venue.timeZone, i18n.language, viewerTimeZone);
    return time.zone ? `${time.time} (${time.zone})` : time.time;
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
                    <time dateTime={moment.keyMomentAt}>{keyTime(moment.venueId, moment.keyMomentAt)}</time>
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
                {keyTime(moment.venueId, moment.keyMomentAt)}
              </time>{' '}
              <strong>{image.title}</strong> — {moment.title} ({t(`status.${image.status}`)})
              {overdue ? <span className="badge badge-overdue"> {t('board.glance.overdue')}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
