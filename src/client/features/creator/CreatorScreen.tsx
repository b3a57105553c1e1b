// The creator's phone: my assignments of the day (and the next days) in time order, everything offline.
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';
import { usePlanView } from '../../state/plan-view.ts';
import {
  useEntities,
  useLive,
  useLocalPreviews,
  usePendingTargets,
  useRejections,
} from '../../storage/index.ts';
import { formatDay } from '../../ui/time.ts';
import { imagesKey, myDayKey, todayOf } from './my-day-seed.ts';
// Straight from its module: the map's barrel would bring the planners' coordinate fields along.
import { PrepareMyDay } from '../../map/LazyMaps.tsx';
import type { LatLng } from '../../../shared/domain/common.ts';
import { DayPicker } from '../day/DayPicker.tsx';
import { AssignmentCard } from './AssignmentCard.tsx';
import './creator.css';
import { buildMyDay, myChanges, type MyAssignment } from './my-day.ts';
import { type MyDayRead, readImages, readMyDay, shownMomentIds } from './my-day-query.ts';
import { ScheduleNotice } from './ScheduleNotice.tsx';
import { useAcknowledge } from './use-acknowledge.ts';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import { AfterFirstScreen, useMarkFirstScreen } from '../../start/first-screen.ts';
import { useShotRecorder } from './use-shot-recorder.ts';
import { cardAnchor, clearCardTarget, useCardTarget, useFocusCard } from './use-card-target.ts';
import { formatLocale } from '../../i18n/format-locale.ts';
import { useMyDaySnapshot } from './my-day-snapshot.ts';

export interface CreatorScreenProps {
  actor: Actor;
  /** Tests pin "now" and the viewer's zone. */
  now?: Date;
  viewerTimeZone?: string;
  /** Shown after the day's first moment (the notification offer): the first moment stays on the first screen. */
  afterFirstMoment?: ReactNode;
}

export function CreatorScreen({ actor, now, viewerTimeZone, afterFirstMoment }: CreatorScreenProps) {
  const { t, i18n } = useTranslation();
  const chosenDay = usePlanView((s) => s.myDay);
  const chooseMyDay = usePlanView((s) => s.chooseMyDay);
  // A notification tap or a link: /me#moment-<id> opens the day of that moment, at its card.
  const target = useCardTarget();
  // Picking a day by hand leaves the card the link asked for (else it would win again at a reload).
  const setChosenDay = (day: string) => {
    clearCardTarget();
    chooseMyDay(day);
  };
  const recorder = useShotRecorder(actor);
  const acknowledger = useAcknowledge(actor);
  const previews = useLocalPreviews();
  // Editions are few (the day picker's "today" is in their zone); the rest is read by index:
  // only the shown day's rows of this member, so the first render and each tap read little.
  const editions = useEntities('edition');
  // "Today" is a day in the edition's home zone; the first edition's zone serves for the picker.
  const today = editions ? todayOf(editions, now ?? new Date()) : undefined;
  const frame = useLive(
    (store) =>
      today === undefined
        ? Promise.resolve(undefined)
        : readMyDay(store, actor.memberId, chosenDay, today, target ?? null, false),
    [actor.memberId, chosenDay, today, target],
    // Read before the first render (main.tsx): the first frame shows the day.
    today === undefined ? undefined : myDayKey(actor.memberId, chosenDay, today, target ?? null),
  );
  // The images apart: a tap changes one image, and only this query runs again (one indexed read).
  const momentIds = frame ? shownMomentIds(frame) : undefined;
  const imageKey = momentIds ? imagesKey(momentIds) : undefined;
  const images = useLive(
    (store) =>
      momentIds
        ? readImages(store, momentIds).then((rows) => ({ key: imageKey, rows }))
        : Promise.resolve(undefined),
    [imageKey],
    imageKey,
  );
  // The day and its images together, once both are of the same moments: a day switch keeps the
  // previous day on screen until both have answered (no "loading", no card without its images).
  const shown = useRef<MyDayRead | undefined>(undefined);
  if (frame && images && images.key === imageKey)
    shown.current = { ...frame, rows: { ...frame.rows, signatures: images.rows } };
  const read = shown.current;
  const data = loaded({
    editions,
    read,
    waiting: usePendingTargets(),
    rejections: useRejections(),
  });

  useFocusCard(target, data !== undefined);
  // Sync, updates and uploads start once this frame is painted (start/first-screen.ts).
  useMarkFirstScreen(data !== undefined);
  // The copy the next start paints at once (public/my-day-snapshot.js), kept as the screen changes.
  useMyDaySnapshot(data !== undefined, chosenDay, i18n.language, target != null);

  const header = (
    <div className="creator-header">
      <h1>{t('creator.title')}</h1>
      <ThemeSwitch />
    </div>
  );
  if (!data)
    return (
      <>
        {header}
        <p aria-busy="true">{t('creator.loading')}</p>
      </>
    );

  const { days, day, rows } = data.read;
  if (!day || today === undefined)
    return (
      <>
        {header}
        <p>{t('creator.noAssignments')}</p>
        {afterFirstMoment}
      </>
    );
  const items = buildMyDay(day, actor, {
    ...rows,
    editions: data.editions,
    waiting: data.waiting,
    rejections: data.rejections,
  });
  const byId = new Map((previews ?? []).map((p) => [p.previewId, p]));
  // Changes on another day than the one on screen are listed first: a moved moment never just vanishes.
  const elsewhere = myChanges(rows, actor.memberId).filter((c) => c.moment.day !== day);
  const cards = items.map((item, i) => (
    <AssignmentCard
      key={item.assignment.id}
      item={item}
      // The first card of each moment carries its anchor (a member may hold two spots of one moment).
      {...(items.findIndex((other) => other.moment.id === item.moment.id) === i
        ? { anchor: cardAnchor(item.moment.id) }
        : {})}
      recorder={recorder}
      localPreviews={byId}
      {...(viewerTimeZone ? { viewerTimeZone } : {})}
      onAcknowledge={() => acknowledger.acknowledge(item.assignment.id, item.moment)}
    />
  ));

  return (
    <>
      {header}
      <div className="day-controls">
        <DayPicker days={days} day={day} today={today} onChange={setChosenDay} />
      </div>
      <p className="muted">
        {formatDay(day, formatLocale(i18n.language))} · {t('creator.assignments', { count: items.length })}
      </p>
      {elsewhere.length > 0 ? (
        <section aria-labelledby="my-changes">
          <h2 id="my-changes">{t('schedule.mine.heading', { count: elsewhere.length })}</h2>
          {elsewhere.map((c) => (
            <ScheduleNotice
              key={c.assignment.id}
              moment={c.moment}
              assignment={c.assignment}
              change={c.change}
              timeZone={c.venue?.timeZone ?? 'UTC'}
              title={c.moment.title}
              dayLabel={formatDay(c.moment.day, formatLocale(i18n.language))}
              onShowDay={() => setChosenDay(c.moment.day)}
              onAcknowledge={() => acknowledger.acknowledge(c.assignment.id, c.moment)}
            />
          ))}
        </section>
      ) : null}
      {acknowledger.error ? (
        <p role="alert" className="panel panel-danger">
          {acknowledger.error}
        </p>
      ) : null}
      {items.length === 0 ? (
        <>
          <p>{t('creator.noneThisDay')}</p>
          {afterFirstMoment}
        </>
      ) : null}
      <AfterFirstScreen>
        <PrepareMyDay points={areaOf(items)} />
      </AfterFirstScreen>
      {cards.slice(0, 1)}
      {items.length > 0 ? afterFirstMoment : null}
      {cards.slice(1)}
    </>
  );
}

/** Where the day happens: every spot's camera and subject, or the venue when no spot is set. */
function areaOf(items: readonly MyAssignment[]): LatLng[] {
  return items.flatMap(({ spot, venue }) =>
    spot ? [spot.camera, ...(spot.subject ? [spot.subject] : [])] : venue ? [venue.position] : [],
  );
}

/** The object once every live query has answered; undefined while any is still loading. */
function loaded<T extends object>(values: T): { [K in keyof T]: Exclude<T[K], undefined> } | undefined {
  return Object.values(values).some((v) => v === undefined)
    ? undefined
    : (values as { [K in keyof T]: Exclude<T[K], undefined> });
}
