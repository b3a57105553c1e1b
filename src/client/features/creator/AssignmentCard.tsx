// One assignment of my day: the moment, its key time and countdown, why it matters, the angle, the spot, light, images.
import { lazy, memo, Suspense } from 'react';
import { AfterFirstScreen } from '../../start/first-screen.ts';
import { sameCard } from './same-card.ts';
import { useT } from '../../i18n/use-t.ts';
import type { LocalPreview } from '../../storage/index.ts';
import { AngleShape } from './AngleShape.tsx';
import { KeyMoment } from './KeyMoment.tsx';
import type { MyAssignment } from './my-day.ts';
import { ShotItem } from './ShotItem.tsx';
import { ScheduleMark } from '../../ui/ScheduleMark.tsx';
import { ScheduleNotice } from './ScheduleNotice.tsx';
import { shootingBearing, SpotPanel } from './SpotPanel.tsx';
import type { ShotRecorder } from './use-shot-recorder.ts';
import { WhyItMatters } from '../../ui/WhyItMatters.tsx';

// The sun's position (suncalc) comes in just after "my day" has shown: it is read, not tapped.
const LightPanel = lazy(() => import('./LightPanel.tsx').then((m) => ({ default: m.LightPanel })));

export interface AssignmentCardProps {
  item: MyAssignment;
  recorder: ShotRecorder;
  localPreviews: ReadonlyMap<string, LocalPreview>;
  viewerTimeZone?: string;
  /** The element id a link names (`/me#moment-<id>`): the card then takes the focus. */
  anchor?: string;
  /** "Got it" on the moment's schedule change. */
  onAcknowledge?: () => void;
}

/** One card; re-renders only when its own rows, images or their state change (sameCard). */
export const AssignmentCard = memo(AssignmentCardView, sameCard);

function AssignmentCardView({
  item,
  recorder,
  localPreviews,
  viewerTimeZone,
  anchor,
  onAcknowledge,
}: AssignmentCardProps) {
  const { t } = useT();
  const { moment, venue, spot, assignment } = item;
  const headingId = `my-${assignment.id}`;
  const colon = t('app.colon');
  return (
    <article
      className="moment my-moment"
      aria-labelledby={headingId}
      {...(anchor ? { id: anchor, tabIndex: -1 } : {})}
    >
      <p className="rank">{moment.sport}</p>
      <h2 id={headingId}>{moment.title}</h2>
      <ScheduleMark moment={moment} timeZone={venue?.timeZone ?? 'UTC'} withChange={false} />
      {item.change && onAcknowledge ? (
        <ScheduleNotice
          moment={moment}
          assignment={assignment}
          change={item.change}
          timeZone={venue?.timeZone ?? 'UTC'}
          onAcknowledge={onAcknowledge}
        />
      ) : null}
      <KeyMoment
        at={moment.keyMomentAt}
        planDay={moment.day}
        {...(venue ? { venueTimeZone: venue.timeZone } : {})}
        {...(viewerTimeZone ? { viewerTimeZone } : {})}
      />
      <dl className="facts">
        <dt>{t('creator.venue')}</dt>
        <dd>{venue ? `${venue.name}, ${venue.city}` : '—'}</dd>
        <dt>{t('creator.why')}</dt>
        <dd>
          <WhyItMatters why={moment.why} />
        </dd>
        {assignment.note ? (
          <>
            <dt>{t('creator.yourNote')}</dt>
            <dd>{assignment.note}</dd>
          </>
        ) : null}
      </dl>

      <h3>
        {t('creator.angles')}
        {colon}
        {item.edition?.type === 'paralympic' ? t('creator.square') : t('creator.triangle')}
      </h3>
      <AngleShape angles={moment.angles} editionType={item.edition?.type ?? 'olympic'} />

      <h3>{t('creator.spot')}</h3>
      {spot ? (
        <SpotPanel
          spot={spot}
          keyMomentAt={moment.keyMomentAt}
          {...(item.access ? { access: item.access } : {})}
        />
      ) : (
        <p>{t('creator.noSpot')}</p>
      )}
      {spot || venue ? (
        <AfterFirstScreen>
          <Suspense fallback={null}>
            <LightPanel
              momentTitle={moment.title}
              at={spot?.camera ?? venue!.position}
              keyMomentAt={moment.keyMomentAt}
              planDay={moment.day}
              venueTimeZone={venue?.timeZone ?? 'UTC'}
              {...(spot && shootingBearing(spot) !== undefined ? { bearing: shootingBearing(spot)! } : {})}
            />
          </Suspense>
        </AfterFirstScreen>
      ) : null}

      <h3>{t('creator.images')}</h3>
      {item.shots.length === 0 ? (
        <p className="muted">{t('creator.noImages')}</p>
      ) : (
        <ul className="plain-list">
          {item.shots.map((shot) => {
            const id = shot.image.id;
            const local = shot.image.previewId ? localPreviews.get(shot.image.previewId) : undefined;
            return (
              <ShotItem
                key={id}
                shot={shot}
                {...(local ? { localPreview: local } : {})}
                {...(recorder.errors[id] ? { error: recorder.errors[id] } : {})}
                busy={recorder.busy.has(id)}
                onAdvance={(to) => recorder.advance(id, to)}
                onMiss={(reason) => recorder.miss(id, reason)}
                onNote={(note) => recorder.note(id, note)}
                onSnapshot={(file) => recorder.snapshot(id, file)}
              />
            );
          })}
        </ul>
      )}
    </article>
  );
}
