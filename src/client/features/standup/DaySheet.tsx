// The printed day sheet: one A4 page for the day's 4–5 moments, with times at each venue, angles, spots, people
// and signature images; no buttons, no forms (the screen around it is not printed).
import { useTranslation } from 'react-i18next';
import { sidesOf } from '../../../shared/domain/angles.ts';
import type { Edition, Moment } from '../../../shared/domain/index.ts';
import { formatList } from '../../../shared/format/units.ts';
import { contactText } from '../../ui/contact.ts';
import { formatDay } from '../../ui/time.ts';
import { VenueTime } from '../../ui/VenueTime.tsx';
import type { PlanData } from './plan-data.ts';
import { formatLocale } from '../../i18n/format-locale.ts';
import { WhyItMatters } from '../../ui/WhyItMatters.tsx';

interface Props {
  edition: Edition;
  day: string;
  /** The day's chosen moments, by rank. */
  moments: readonly Moment[];
  data: PlanData;
}

export function DaySheet({ edition, day, moments, data }: Props) {
  const { t, i18n } = useTranslation();
  const colon = t('app.colon');
  const memberName = new Map(data.members.map((m) => [m.id, m.name]));
  return (
    <section
      className="print-only day-sheet"
      aria-label={t('standup.sheetHeading', { date: formatDay(day, formatLocale(i18n.language)) })}
    >
      <h1>{t('standup.sheetHeading', { date: formatDay(day, formatLocale(i18n.language)) })}</h1>
      {moments.length === 0 ? <p>{t('standup.plan.empty')}</p> : null}
      {moments.map((moment) => {
        const venue = data.venues.get(moment.venueId);
        const spots = data.spots.filter((s) => s.momentId === moment.id);
        const images = data.signatures.filter((s) => s.momentId === moment.id);
        const people = data.assignments.filter((a) => a.momentId === moment.id);
        return (
          <article key={moment.id} className="sheet-moment">
            <h2>
              {moment.rank}. {moment.title}
              <span className="sheet-when">
                {' — '}
                {venue ? (
                  <VenueTime
                    instant={moment.keyMomentAt}
                    timeZone={venue.timeZone}
                    planDay={moment.day}
                    viewerTimeZone={null}
                  />
                ) : null}{' '}
                {venue ? `${venue.name}, ${venue.city}` : t('moment.unknownVenue')}
              </span>
            </h2>
            <p>
              <WhyItMatters why={moment.why} />
            </p>
            <p>
              {sidesOf(edition.type).map((side, i) => (
                <span key={side}>
                  {i > 0 ? ' · ' : ''}
                  <strong>{t(`side.${side}`)}</strong>
                  {colon}
                  {moment.angles[side] || '—'}
                </span>
              ))}
            </p>
            <div className="sheet-columns">
              <div>
                <p>
                  <strong>{t('moment.spots')}</strong>
                  {colon}
                  {spots.length === 0
                    ? t('moment.noSpots')
                    : spots.map((s, i) => {
                        const access = data.access.find((a) => a.spotId === s.id);
                        return (
                          <span key={s.id}>
                            {i > 0 ? ' · ' : ''}
                            {s.label}
                            {s.description ? ` (${s.description})` : ''}
                            {access
                              ? ` — ${t(`access.${access.status}`, { contact: contactText(access, t) })}`
                              : ''}
                          </span>
                        );
                      })}
                </p>
                <p>
                  <strong>{t('moment.creators')}</strong>
                  {colon}
                  {people.length === 0
                    ? t('moment.noCreators')
                    : formatList(
                        people.map((a) => memberName.get(a.memberId) ?? t('moment.unknownMember')),
                        formatLocale(i18n.language),
                      )}
                </p>
              </div>
              <div>
                <p>
                  <strong>{t('moment.signatures')}</strong>
                  {colon}
                  {images.length === 0 ? t('moment.noSignatures') : null}
                </p>
                {images.length > 0 ? (
                  <ul>
                    {images.map((s) => (
                      <li key={s.id}>
                        {s.title} (
                        {formatList(
                          s.sides.map((side) => t(`side.${side}`)),
                          formatLocale(i18n.language),
                        )}
                        )
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </div>
          </article>
        );
      })}
    </section>
  );
}
