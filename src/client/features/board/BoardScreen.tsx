// The editors' desk: the day's (or the Games') signature images ticked off live, at a glance, and covered.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/mutations/types.ts';
import { usePlanView } from '../../state/plan-view.ts';
import { useEntities, usePendingTargets } from '../../storage/index.ts';
import { formatDay } from '../../ui/time.ts';
import { pickPlan } from '../day/day-plan.ts';
import { PlanPicker } from '../day/PlanPicker.tsx';
import { Arrivals } from './Arrivals.tsx';
import { type BoardScope, boardGroups } from './board-data.ts';
import { BoardImages } from './BoardImages.tsx';
import { CoverageReport } from './CoverageReport.tsx';
import { Glance } from './Glance.tsx';
import { glanceOf } from './glance.ts';
import { ScopeSwitch } from './ScopeSwitch.tsx';
import { arrivals, useBoardSeen } from './seen.ts';
import { useDeskHandlers } from './use-desk-handlers.ts';
import './board.css';
import { formatLocale } from '../../i18n/format-locale.ts';

export function BoardScreen({ actor, viewerTimeZone }: { actor: Actor; viewerTimeZone?: string }) {
  const { t, i18n } = useTranslation();
  const picked = usePlanView();
  const [scope, setScope] = useState<BoardScope>('day');
  const { handlers, errors } = useDeskHandlers(actor);
  const editions = useEntities('edition');
  const moments = useEntities('moment');
  const venues = useEntities('venue');
  const members = useEntities('member');
  const assignments = useEntities('assignment');
  const images = useEntities('signature');
  const waiting = usePendingTargets();
  const snapshot = useBoardSeen((s) => s.seen[actor.memberId]);
  const input = useMemo(
    () =>
      editions && moments && images && assignments ? { editions, moments, images, assignments } : undefined,
    [editions, moments, images, assignments],
  );

  if (!input || !venues || !members || !waiting) return <p aria-busy="true">{t('board.loading')}</p>;
  if (input.editions.length === 0) return <p>{t('day.noEditions')}</p>;

  const now = new Date();
  const pick = pickPlan(input.editions, input.moments, picked, now);
  const { editions: sorted, edition, day: shownDay } = pick;
  const editionStart = (id: string) => sorted.find((e) => e.id === id)?.startDay ?? '';
  const where = { editionId: edition.id, day: shownDay, editionStart };
  const data = { moments: input.moments, venues, images: input.images };
  const todays = boardGroups(data, 'day', where);
  const groups = scope === 'day' ? todays : boardGroups(data, 'games', where);
  const fresh = snapshot ? arrivals(input.images, snapshot, actor.memberId) : [];
  const names = new Map(members.map((m) => [m.id, m.name]));
  const editionOf = (id: string) => sorted.find((e) => e.id === id) ?? edition;

  return (
    <>
      <div className="day-controls">
        <PlanPicker pick={pick} />
        <ScopeSwitch scope={scope} onChange={setScope} />
      </div>
      <h1>{t('board.heading', { date: formatDay(shownDay, formatLocale(i18n.language)) })}</h1>
      <Arrivals memberId={actor.memberId} images={input.images} fresh={fresh} />
      <Glance
        glance={glanceOf(
          todays.map((g) => g.moment),
          input.images,
          now,
        )}
        venues={venues}
        viewerTimeZone={viewerTimeZone}
      />
      <BoardImages
        scope={scope}
        groups={groups}
        editionType={(id) => editionOf(id).type}
        editionTimeZone={(id) => editionOf(id).timeZone}
        memberName={(id) => (id ? (names.get(id) ?? t('moment.unknownMember')) : t('moment.unknownMember'))}
        newIds={new Set(fresh.map((image) => image.id))}
        waitingIds={new Set(waiting)}
        errors={errors}
        viewerTimeZone={viewerTimeZone}
        {...handlers}
      />
      <CoverageReport input={input} venues={venues} members={members} />
    </>
  );
}
