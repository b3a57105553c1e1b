// The day: the chosen moments of one day of one edition, read live from the local store.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';
import { usePlanView } from '../../state/plan-view.ts';
import type { Moment } from '../../../shared/domain/moment.ts';
import type { LiveLocalStore } from '../../storage/index.ts';
import {
  useEntities,
  useLive,
  useLocalStore,
  usePendingTargets,
  useRejections,
} from '../../storage/index.ts';
import { type LocalOutcome, localRefusal } from '../../ui/describe-rejection.ts';
import { formatDay } from '../../ui/time.ts';
import { chosenMoments, type PlanPick, pickPlan } from './day-plan.ts';
import { MomentCard } from './MomentCard.tsx';
import { buildMomentViews, type DayData } from './moment-view.ts';
import { PlanPicker } from './PlanPicker.tsx';
import type { ShotAction } from './shot-actions.ts';
import { MAX_MOMENTS_PER_DAY } from '../../../shared/domain/plan-limits.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export function DayScreen({ actor }: { actor: Actor }) {
  const { t, i18n } = useTranslation();
  const store = useLocalStore();
  const picked = usePlanView();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const editions = useEntities('edition');
  const moments = useEntities('moment');
  const pick = editions && moments && editions.length > 0 ? pickPlan(editions, moments, picked) : undefined;
  const todays = pick && moments ? chosenMoments(moments, pick.edition.id, pick.day) : undefined;
  // Only the shown day's spots, images, assignments and access, through the view's indexes: a tap
  // re-reads that day's rows, not every image of the Games with its history.
  const key = todays?.map((m) => m.id).join(',');
  const dayRows = useLive(
    (store) => (todays && key !== undefined ? readDayRows(store, todays, key) : Promise.resolve(undefined)),
    [key],
  );
  const data = loaded({
    venues: useEntities('venue'),
    members: useEntities('member'),
    waiting: usePendingTargets(),
    rejections: useRejections(),
  });
  // The day and its rows together: a day switch keeps the previous day on screen until its rows answer.
  const shown = useRef<{ pick: PlanPick; todays: Moment[]; rows: DayRows } | undefined>(undefined);
  if (pick && todays && dayRows && dayRows.key === key) shown.current = { pick, todays, rows: dayRows };

  if (editions?.length === 0) return <p>{t('day.noEditions')}</p>;
  if (!shown.current || !data) return <p aria-busy="true">{t('day.loading')}</p>;

  const { edition, day: shownDay } = shown.current.pick;
  const views = buildMomentViews(shown.current.todays, { ...data, ...shown.current.rows }, actor);

  /** Records a tap on this phone; the sync client pushes it when it can. */
  async function record(imageId: string, run: () => Promise<LocalOutcome>) {
    try {
      const refused = localRefusal(t, await run());
      setErrors(({ [imageId]: _, ...rest }) => (refused ? { ...rest, [imageId]: refused } : rest));
    } catch (error) {
      setErrors((e) => ({ ...e, [imageId]: error instanceof Error ? error.message : String(error) }));
    }
  }
  const onAction = (id: string, to: Exclude<ShotAction, 'missed'>) =>
    void record(id, () => store.mutate('signature.advance', { id, to }, actor));
  const onMissed = (id: string, reason: string) =>
    void record(id, () => store.mutate('signature.miss', { id, reason }, actor));

  return (
    <>
      <div className="day-controls">
        <PlanPicker pick={shown.current.pick} />
      </div>
      <h1>{t('day.heading', { date: formatDay(shownDay, formatLocale(i18n.language)) })}</h1>
      {shown.current.todays.length > MAX_MOMENTS_PER_DAY ? (
        <p className="muted">{t('day.tooManyMoments', { count: shown.current.todays.length })}</p>
      ) : null}
      {views.length === 0 ? <p>{t('day.noMoments')}</p> : null}
      {views.map((view) => (
        <MomentCard
          key={view.moment.id}
          view={view}
          editionType={edition.type}
          errors={errors}
          onAction={onAction}
          onMissed={onMissed}
        />
      ))}
    </>
  );
}

/** The object once every live query has answered; undefined while any is still loading. */
function loaded<T extends object>(values: T): { [K in keyof T]: Exclude<T[K], undefined> } | undefined {
  return Object.values(values).some((v) => v === undefined)
    ? undefined
    : (values as { [K in keyof T]: Exclude<T[K], undefined> });
}

/** The shown day's rows that buildMomentViews reads, tagged with the moments they are of. */
interface DayRows extends Pick<DayData, 'spots' | 'signatures' | 'assignments' | 'access'> {
  key: string;
}

/** In one read transaction: one snapshot, and one transaction's cost instead of four. */
function readDayRows(store: LiveLocalStore, todays: readonly Moment[], key: string): Promise<DayRows> {
  return store.readTogether(() => readDayRowsApart(store, todays, key));
}

async function readDayRowsApart(
  store: LiveLocalStore,
  todays: readonly Moment[],
  key: string,
): Promise<DayRows> {
  const ids = todays.map((m) => m.id);
  const [spots, signatures, assignments] = await Promise.all([
    store.listWhere('spot', 'momentId', ids),
    store.listWhere('signature', 'momentId', ids),
    store.listWhere('assignment', 'momentId', ids),
  ]);
  const access = await store.listWhere(
    'access',
    'spotId',
    spots.map((s) => s.id),
  );
  return { key, spots, signatures, assignments, access };
}
