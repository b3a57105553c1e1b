// The day: the chosen moments of one day of one edition, read live from the local store.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';
import { usePlanView } from '../../state/plan-view.ts';
import { useEntities, useLocalStore, usePendingMutations, useRejections } from '../../storage/index.ts';
import { type LocalOutcome, localRefusal } from '../../ui/describe-rejection.ts';
import { formatDay } from '../../ui/time.ts';
import { chosenMoments, pickPlan } from './day-plan.ts';
import { MomentCard } from './MomentCard.tsx';
import { buildMomentViews } from './moment-view.ts';
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
  const data = loaded({
    venues: useEntities('venue'),
    spots: useEntities('spot'),
    access: useEntities('access'),
    members: useEntities('member'),
    assignments: useEntities('assignment'),
    signatures: useEntities('signature'),
    pending: usePendingMutations(),
    rejections: useRejections(),
  });

  if (!editions || !moments || !data) return <p aria-busy="true">{t('day.loading')}</p>;
  if (editions.length === 0) return <p>{t('day.noEditions')}</p>;

  const pick = pickPlan(editions, moments, picked);
  const { edition, day: shownDay } = pick;
  const todays = chosenMoments(moments, edition.id, shownDay);
  const views = buildMomentViews(todays, data, actor);

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
        <PlanPicker pick={pick} />
      </div>
      <h1>{t('day.heading', { date: formatDay(shownDay, formatLocale(i18n.language)) })}</h1>
      {todays.length > MAX_MOMENTS_PER_DAY ? (
        <p className="muted">{t('day.tooManyMoments', { count: todays.length })}</p>
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
