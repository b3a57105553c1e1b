// Makes a candidate a moment of the plan: why it matters (a great athlete, or an iconic event) and the key time.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, ScheduleSession, Venue } from '../../../shared/domain/index.ts';
import { sidesOf } from '../../../shared/domain/angles.ts';
import { instantAtVenue, localClock } from './standup-data.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  session: ScheduleSession;
  venue: Venue;
  edition: Edition;
  day: string;
  record: Record;
  onDone(): void;
}

export function ChooseForm({ session, venue, edition, day, record, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(session.event);
  const [kind, setKind] = useState<'athlete' | 'iconic'>('iconic');
  const [athlete, setAthlete] = useState('');
  const [why, setWhy] = useState('');
  const [clock, setClock] = useState(localClock(session.startsAt, venue.timeZone));
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing = [
      [title, 'standup.choose.title'],
      [why, 'standup.choose.whyText'],
      ...(kind === 'athlete' ? [[athlete, 'standup.choose.athleteName']] : []),
    ].find(([value]) => !value!.trim());
    if (missing)
      return setError(t('standup.choose.required', { field: t(missing[1] as 'standup.choose.title') }));
    const keyMomentAt = instantAtVenue(session.startsAt, clock, venue.timeZone);
    if (!keyMomentAt) return setError(t('standup.choose.required', { field: t('standup.choose.keyMoment') }));
    const angles = Object.fromEntries(sidesOf(edition.type).map((side) => [side, '']));
    const ok = await record('moment.create', {
      id: newId(),
      editionId: edition.id,
      venueId: venue.id,
      sessionId: session.id,
      day,
      title: title.trim(),
      sport: session.sport,
      why:
        kind === 'athlete' ? { kind, athlete: athlete.trim(), text: why.trim() } : { kind, text: why.trim() },
      keyMomentAt,
      angles: angles as { sport: string; site: string; public: string },
    });
    if (ok) onDone();
  }

  return (
    <form className="standup-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('standup.choose.heading', { event: session.event })}</h3>
      <label>
        {t('standup.choose.title')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      <fieldset>
        <legend>{t('standup.choose.whyKind')}</legend>
        {(['athlete', 'iconic'] as const).map((k) => (
          <label key={k} className="checkbox">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
            {t(`standup.choose.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'athlete' ? (
        <label>
          {t('standup.choose.athleteName')}
          <input value={athlete} onChange={(e) => setAthlete(e.target.value)} maxLength={120} />
        </label>
      ) : null}
      <label>
        {t('standup.choose.whyText')}
        <textarea value={why} onChange={(e) => setWhy(e.target.value)} maxLength={500} rows={2} />
      </label>
      <label>
        {t('standup.choose.keyMoment')}
        <input type="time" value={clock} onChange={(e) => setClock(e.target.value)} />
      </label>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t('standup.choose.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('standup.choose.cancel')}
        </button>
      </div>
    </form>
  );
}
