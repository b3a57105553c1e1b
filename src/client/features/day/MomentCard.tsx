// One chosen moment of the day: venue, key-moment time at the venue, why it matters, angles, spots, people, images.
import { useTranslation } from 'react-i18next';
import { sidesOf } from '../../../shared/domain/sides.ts';
import type { EditionType } from '../../../shared/domain/edition.ts';
import { contactText } from '../../ui/contact.ts';
import { VenueTime } from '../../ui/VenueTime.tsx';
import { ScheduleMark } from '../../ui/ScheduleMark.tsx';
import type { MomentView } from './moment-view.ts';
import type { ShotAction } from './shot-actions.ts';
import { SignatureItem } from './SignatureItem.tsx';
import { WhyItMatters } from '../../ui/WhyItMatters.tsx';

export interface MomentCardProps {
  view: MomentView;
  editionType: EditionType;
  /** Errors of taps this phone could not record, by signature image id. */
  errors: Readonly<Record<string, string>>;
  onAction(imageId: string, action: Exclude<ShotAction, 'missed'>): void;
  onMissed(imageId: string, reason: string): void;
  /** The viewer's zone; tests pin it. */
  viewerTimeZone?: string;
}

export function MomentCard({
  view,
  editionType,
  errors,
  onAction,
  onMissed,
  viewerTimeZone,
}: MomentCardProps) {
  const { t } = useTranslation();
  const { moment, venue } = view;
  const colon = t('app.colon');
  const headingId = `moment-${moment.id}`;
  return (
    <article className="moment" aria-labelledby={headingId}>
      <p className="rank">{t('moment.rank', { rank: moment.rank })}</p>
      <h2 id={headingId}>{moment.title}</h2>
      {venue ? <ScheduleMark moment={moment} timeZone={venue.timeZone} /> : null}
      <dl className="facts">
        <dt>{t('moment.venue')}</dt>
        <dd>{venue ? `${venue.name}, ${venue.city}` : t('moment.unknownVenue')}</dd>
        <dt>{t('moment.keyMoment')}</dt>
        <dd>
          {venue ? (
            <VenueTime
              instant={moment.keyMomentAt}
              timeZone={venue.timeZone}
              planDay={moment.day}
              clockClassName="key-time"
              {...(viewerTimeZone ? { viewerTimeZone } : {})}
            />
          ) : (
            <time dateTime={moment.keyMomentAt}>{moment.keyMomentAt}</time>
          )}
        </dd>
        <dt>{t('moment.why')}</dt>
        <dd>
          <WhyItMatters why={moment.why} />
        </dd>
      </dl>

      <h3>
        {t('moment.angles')}
        {colon}
        {editionType === 'paralympic' ? t('moment.square') : t('moment.triangle')}
      </h3>
      <dl className="angles">
        {sidesOf(editionType).map((side) => (
          <div key={side}>
            <dt>{t(`side.${side}`)}</dt>
            <dd>{moment.angles[side] || '—'}</dd>
          </div>
        ))}
      </dl>

      <h3>{t('moment.spots')}</h3>
      {view.spots.length === 0 ? (
        <p className="muted">{t('moment.noSpots')}</p>
      ) : (
        <ul className="plain-list">
          {view.spots.map(({ spot, access }) => (
            <li key={spot.id} className="spot">
              <strong>{spot.label}</strong>
              {spot.description ? <p>{spot.description}</p> : null}
              <p className={access ? `access access-${access.status}` : 'access'}>
                {access
                  ? t(`access.${access.status}`, { contact: contactText(access, t) })
                  : t('access.none')}
              </p>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('moment.creators')}</h3>
      {view.creators.length === 0 ? (
        <p className="muted">{t('moment.noCreators')}</p>
      ) : (
        <ul className="inline-list">
          {view.creators.map((c) => (
            <li key={c.assignmentId}>{c.name ?? t('moment.unknownMember')}</li>
          ))}
        </ul>
      )}

      <h3>{t('moment.signatures')}</h3>
      {view.signatures.length === 0 ? (
        <p className="muted">{t('moment.noSignatures')}</p>
      ) : (
        <ul className="plain-list">
          {view.signatures.map((s) => (
            <SignatureItem
              key={s.image.id}
              view={s}
              error={errors[s.image.id]}
              onAction={(action) => onAction(s.image.id, action)}
              onMissed={(reason) => onMissed(s.image.id, reason)}
            />
          ))}
        </ul>
      )}
    </article>
  );
}
