// The morning stand-up: import candidates, choose 4 or 5 moments, angles, spots, images, people, what changed.
import { useTranslation } from 'react-i18next';
import { findConflicts } from '../../../shared/domain/conflicts.ts';
import { MAX_MOMENTS_PER_DAY } from '../../../shared/domain/moment.ts';
import type { Actor } from '../../../shared/mutations/types.ts';
import { usePlanView } from '../../state/plan-view.ts';
import { useEntities } from '../../storage/index.ts';
import { formatDay } from '../../ui/time.ts';
import { chosenMoments, pickPlan } from '../day/day-plan.ts';
import { PlanPicker } from '../day/PlanPicker.tsx';
import { AccessList } from './AccessList.tsx';
import { CandidateList } from './CandidateList.tsx';
import { ChangesPanel } from './ChangesPanel.tsx';
import { CopyDay } from './CopyDay.tsx';
import { CoverageStrip } from './CoverageStrip.tsx';
import { DaySheet } from './DaySheet.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { PeoplePanel } from './PeoplePanel.tsx';
import { PlanMoment } from './PlanMoment.tsx';
import { sessionsOfDay } from './standup-data.ts';
import { useRecord } from './use-record.ts';
import { VenueCodes } from './VenueCodes.tsx';
import './standup.css';
import { formatLocale } from '../../i18n/format-locale.ts';

export function StandupScreen({ actor }: { actor: Actor }) {
  const { t, i18n } = useTranslation();
  const picked = usePlanView();
  const { record, error } = useRecord(actor);
  const editions = useEntities('edition');
  const moments = useEntities('moment');
  const sessions = useEntities('session');
  const venues = useEntities('venue');
  const spots = useEntities('spot');
  const access = useEntities('access');
  const members = useEntities('member');
  const assignments = useEntities('assignment');
  const signatures = useEntities('signature');
  if (
    !editions ||
    !moments ||
    !sessions ||
    !venues ||
    !spots ||
    !access ||
    !members ||
    !assignments ||
    !signatures
  )
    return <p aria-busy="true">{t('day.loading')}</p>;
  if (editions.length === 0) return <p>{t('day.noEditions')}</p>;

  const pick = pickPlan(editions, moments, picked);
  const { edition, days, day: shownDay } = pick;
  const todays = chosenMoments(moments, edition.id, shownDay);
  const dropped = moments.filter(
    (m) => m.editionId === edition.id && m.day === shownDay && m.status === 'dropped',
  );
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const conflicts = findConflicts(assignments, todays, venues);
  const data = {
    venues: venueById,
    spots,
    access,
    members,
    assignments,
    signatures,
    dayMoments: todays,
    conflicts,
  };
  const date = formatDay(shownDay, formatLocale(i18n.language));

  return (
    <>
      {/* The screen is not printed: the day sheet below is (print CSS), one A4 page with no buttons. */}
      <div className="standup no-print">
        <div className="day-controls">
          <PlanPicker pick={pick} />
          <button type="button" className="button" onClick={() => window.print()}>
            {t('standup.print')}
          </button>
        </div>
        <h1>{t('standup.heading', { date })}</h1>
        {error ? (
          <p role="alert" className="panel panel-danger">
            {t('standup.failed', { message: error })}
          </p>
        ) : null}
        <div className="standup-columns">
          <div className="standup-main">
            <section className="standup-section standup-sheet" aria-labelledby="standup-plan">
              <h2 id="standup-plan">{t('standup.plan.heading')}</h2>
              {todays.length > MAX_MOMENTS_PER_DAY ? (
                <p role="alert" className="panel panel-warning">
                  {t('standup.plan.tooMany', { count: todays.length })}
                </p>
              ) : null}
              {todays.length === 0 ? <p>{t('standup.plan.empty')}</p> : null}
              {todays.map((m) => (
                <PlanMoment
                  key={m.id}
                  moment={m}
                  count={todays.length}
                  edition={edition}
                  days={days}
                  data={data}
                  record={record}
                />
              ))}
              {dropped.length > 0 ? (
                <div className="no-print">
                  <h3>{t('standup.plan.dropped')}</h3>
                  <ul className="plain-list">
                    {dropped.map((m) => (
                      <li key={m.id} className="standup-row">
                        <span>{m.title}</span>
                        <button
                          type="button"
                          className="button"
                          onClick={() => void record('moment.restore', { id: m.id })}
                        >
                          {t('standup.plan.restore')}
                          <span className="visually-hidden"> {m.title}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <CopyDay edition={edition} day={shownDay} days={days} moments={todays} record={record} />
            </section>
            <CoverageStrip
              editionId={edition.id}
              editionType={edition.type}
              day={shownDay}
              moments={moments}
              signatures={signatures}
            />
            <PeoplePanel moments={todays} members={members} assignments={assignments} conflicts={conflicts} />
          </div>
          <div className="standup-side no-print">
            <CandidateList
              edition={edition}
              day={shownDay}
              candidates={sessionsOfDay(sessions, edition, shownDay)}
              venues={venueById}
              moments={moments}
              record={record}
            />
            <ChangesPanel edition={edition} moments={moments} />
            <AccessList access={access} spots={spots} moments={moments} record={record} />
            <ImportPanel
              edition={edition}
              editions={editions}
              venues={venues}
              sessions={sessions}
              record={record}
            />
            {actor.role === 'admin' ? <VenueCodes venues={venues} record={record} /> : null}
          </div>
        </div>
      </div>
      <DaySheet edition={edition} day={shownDay} moments={todays} data={data} />
    </>
  );
}
