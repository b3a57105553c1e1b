// Makes a candidate a moment of the plan: why it matters (a great athlete, or an iconic event) and the key time.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, ScheduleSession, Venue } from '../../../shared/domain/index.ts';
import { sidesOf } from '../../../shared/domain/angles.ts';
import { MAX_MOMENTS_PER_DAY } from '../../../shared/domain/moment.ts';
import { FormButtons } from '../../ui/FormButtons.tsx';
import { FormError, TextField } from '../../ui/fields.tsx';
import { VenueDayHint } from '../../ui/VenueTime.tsx';
import { instantAtVenue, localClock } from './standup-data.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  session: ScheduleSession;
  venue: Venue;
  edition: Edition;
  day: string;
  /** How many moments the day's plan already holds: past MAX_MOMENTS_PER_DAY the form warns before adding. */
  chosenCount: number;
  record: Record;
  onDone(): void;
}

export function ChooseForm({ session, venue, edition, day, chosenCount, record, onDone }: Props) {
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
      {chosenCount >= MAX_MOMENTS_PER_DAY ? (
        <p className="panel panel-warning" role="note">
          {t('standup.choose.beyond', { count: chosenCount + 1 })}
        </p>
      ) : null}
      <TextField label={t('standup.choose.title')} value={title} onChange={setTitle} maxLength={200} />
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
        <TextField
          label={t('standup.choose.athleteName')}
          value={athlete}
          onChange={setAthlete}
          maxLength={120}
        />
      ) : null}
      <TextField label={t('standup.choose.whyText')} value={why} onChange={setWhy} maxLength={500} rows={2} />
      <TextField label={t('standup.choose.keyMoment')} type="time" value={clock} onChange={setClock} />
      <VenueDayHint instant={session.startsAt} timeZone={venue.timeZone} planDay={day} />
      <FormError error={error} />
      <FormButtons
        confirm={t('standup.choose.submit')}
        cancel={t('standup.choose.cancel')}
        tone="primary"
        onCancel={onDone}
      />
    </form>
  );
}
