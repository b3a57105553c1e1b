// The day's candidates from the schedule, with filters (sport, venue, time, medal events); choose one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, Moment, ScheduleSession, Venue } from '../../../shared/domain/index.ts';
import { VenueTime } from '../../ui/VenueTime.tsx';
import { ChooseForm } from './ChooseForm.tsx';
import type { CandidateFilter } from './standup-data.ts';
import { filterCandidates, NO_FILTER } from './standup-data.ts';
import type { Record } from './use-record.ts';

interface Props {
  edition: Edition;
  day: string;
  candidates: readonly ScheduleSession[];
  venues: ReadonlyMap<string, Venue>;
  moments: readonly Moment[];
  record: Record;
}

export function CandidateList({ edition, day, candidates, venues, moments, record }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState<CandidateFilter>(NO_FILTER);
  const [choosing, setChoosing] = useState<string | null>(null);
  const set = (patch: Partial<CandidateFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const sports = [...new Set(candidates.map((s) => s.sport))].sort();
  const venueIds = [...new Set(candidates.map((s) => s.venueId))];
  const shown = filterCandidates(candidates, venues, filter);
  const inPlan = new Set(moments.filter((m) => m.status === 'chosen').map((m) => m.sessionId));
  const chosenToday = moments.filter(
    (m) => m.status === 'chosen' && m.editionId === edition.id && m.day === day,
  ).length;

  return (
    <section className="standup-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('standup.candidates.heading')}</h2>
      <div className="standup-filters">
        <label>
          {t('standup.candidates.sport')}
          <select value={filter.sport} onChange={(e) => set({ sport: e.target.value })}>
            <option value="">{t('standup.candidates.all')}</option>
            {sports.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          {t('standup.candidates.venue')}
          <select value={filter.venueId} onChange={(e) => set({ venueId: e.target.value })}>
            <option value="">{t('standup.candidates.all')}</option>
            {venueIds.map((v) => (
              <option key={v} value={v}>
                {venues.get(v)?.name ?? v}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('standup.candidates.from')}
          <input type="time" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filter.medalOnly}
            onChange={(e) => set({ medalOnly: e.target.checked })}
          />
          {t('standup.candidates.medalOnly')}
        </label>
      </div>
      {shown.length === 0 ? <p>{t('standup.candidates.none')}</p> : null}
      <ul className="plain-list standup-candidates">
        {shown.map((s) => {
          const venue = venues.get(s.venueId);
          return (
            <li key={s.id}>
              <div className="standup-row">
                <span>
                  {venue ? (
                    <strong>
                      <VenueTime instant={s.startsAt} timeZone={venue.timeZone} planDay={day} />
                    </strong>
                  ) : null}{' '}
                  {s.sport} — {s.event}
                  <span className="muted"> · {venue?.name}</span>
                  {s.medal ? <span className="badge"> {t('standup.candidates.medal')}</span> : null}
                </span>
                {inPlan.has(s.id) ? (
                  <span className="muted">{t('standup.candidates.chosen')}</span>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-expanded={choosing === s.id}
                    onClick={() => setChoosing(s.id)}
                  >
                    {t('standup.candidates.choose')}
                    <span className="visually-hidden"> {s.event}</span>
                  </button>
                )}
              </div>
              {choosing === s.id && venue ? (
                <ChooseForm
                  session={s}
                  venue={venue}
                  edition={edition}
                  day={day}
                  chosenCount={chosenToday}
                  record={record}
                  onDone={() => setChoosing(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
