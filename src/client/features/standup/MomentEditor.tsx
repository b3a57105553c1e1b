// Adjusts a chosen moment at the stand-up: its title, why it matters, and the key time at the venue.
// The fields follow the live moment; a field changed on another device while the planner types is shown beside theirs.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Moment, Venue } from '../../../shared/domain/index.ts';
import { useSyncedDraft } from '../../state/use-synced-draft.ts';
import { FieldNotice } from '../../ui/ChangedElsewhere.tsx';
import { TextField } from '../../ui/fields.tsx';
import { VenueDayHint } from '../../ui/VenueTime.tsx';
import { instantAtVenue, localClock } from './standup-data.ts';
import type { Record } from './use-record.ts';

type Field = 'title' | 'athlete' | 'why' | 'clock';

export function MomentEditor({ moment, venue, record }: { moment: Moment; venue: Venue; record: Record }) {
  const { t } = useTranslation();
  const draft = useSyncedDraft<Field>(`moment/${moment.id}`, {
    title: moment.title,
    athlete: moment.why.kind === 'athlete' ? moment.why.athlete : '',
    why: moment.why.text,
    clock: localClock(moment.keyMomentAt, venue.timeZone),
  });
  const { title, athlete, why, clock } = draft.values;
  const [message, setMessage] = useState<string | null>(null);
  const label = {
    title: t('standup.choose.title'),
    athlete: t('standup.edit.athlete'),
    why: t('standup.choose.whyText'),
    clock: t('standup.choose.keyMoment'),
  };
  const set = (field: Field) => (value: string) => {
    setMessage(null);
    draft.set(field, value);
  };
  const notice = (field: Field) => <FieldNotice draft={draft} field={field} label={label[field]} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const kind = athlete.trim() ? 'athlete' : 'iconic';
    const keyMomentAt = instantAtVenue(moment.keyMomentAt, clock, venue.timeZone);
    if (!title.trim() || !why.trim() || !keyMomentAt) {
      const field = !title.trim() ? 'title' : !why.trim() ? 'whyText' : 'keyMoment';
      return setMessage(t('standup.choose.required', { field: t(`standup.choose.${field}`) }));
    }
    const ok = await draft.save(draft.dirty, () =>
      record('moment.update', {
        id: moment.id,
        title: title.trim(),
        why:
          kind === 'athlete'
            ? { kind, athlete: athlete.trim(), text: why.trim() }
            : { kind, text: why.trim() },
        keyMomentAt,
      }),
    );
    setMessage(ok ? t('standup.saved') : null);
  }

  return (
    <form className="standup-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={label.title}
        value={title}
        onChange={set('title')}
        maxLength={200}
        notice={notice('title')}
      />
      <TextField
        label={label.athlete}
        value={athlete}
        onChange={set('athlete')}
        maxLength={120}
        notice={notice('athlete')}
      />
      <TextField
        label={label.why}
        value={why}
        onChange={set('why')}
        maxLength={500}
        rows={2}
        notice={notice('why')}
      />
      <TextField
        label={label.clock}
        type="time"
        value={clock}
        onChange={set('clock')}
        notice={notice('clock')}
      />
      <VenueDayHint instant={moment.keyMomentAt} timeZone={venue.timeZone} planDay={moment.day} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('standup.edit.save')}
        </button>
        {message ? <span role="status">{message}</span> : null}
      </div>
    </form>
  );
}
