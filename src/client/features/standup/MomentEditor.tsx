// Adjusts a chosen moment at the stand-up: its title, why it matters, and the key time at the venue.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Moment, Venue } from '../../../shared/domain/index.ts';
import { TextField } from '../../ui/fields.tsx';
import { instantAtVenue, localClock } from './standup-data.ts';
import type { Record } from './use-record.ts';

export function MomentEditor({ moment, venue, record }: { moment: Moment; venue: Venue; record: Record }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(moment.title);
  const [athlete, setAthlete] = useState(moment.why.kind === 'athlete' ? moment.why.athlete : '');
  const [why, setWhy] = useState(moment.why.text);
  const [clock, setClock] = useState(localClock(moment.keyMomentAt, venue.timeZone));
  const [message, setMessage] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const kind = athlete.trim() ? 'athlete' : 'iconic';
    const keyMomentAt = instantAtVenue(moment.keyMomentAt, clock, venue.timeZone);
    if (!title.trim() || !why.trim() || !keyMomentAt) {
      const field = !title.trim() ? 'title' : !why.trim() ? 'whyText' : 'keyMoment';
      return setMessage(t('standup.choose.required', { field: t(`standup.choose.${field}`) }));
    }
    const ok = await record('moment.update', {
      id: moment.id,
      title: title.trim(),
      why:
        kind === 'athlete' ? { kind, athlete: athlete.trim(), text: why.trim() } : { kind, text: why.trim() },
      keyMomentAt,
    });
    setMessage(ok ? t('standup.saved') : null);
  }

  return (
    <form className="standup-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label={t('standup.choose.title')} value={title} onChange={setTitle} maxLength={200} />
      <TextField label={t('standup.edit.athlete')} value={athlete} onChange={setAthlete} maxLength={120} />
      <TextField label={t('standup.choose.whyText')} value={why} onChange={setWhy} maxLength={500} rows={2} />
      <TextField label={t('standup.choose.keyMoment')} type="time" value={clock} onChange={setClock} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('standup.edit.save')}
        </button>
        {message ? <span role="status">{message}</span> : null}
      </div>
    </form>
  );
}
