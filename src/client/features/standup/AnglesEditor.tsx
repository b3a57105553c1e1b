// The triangle (sport, site, public) or, on Paralympic moments, the square: one short brief per side.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AngleTargets, EditionType, Moment } from '../../../shared/domain/index.ts';
import { sidesOf } from '../../../shared/domain/angles.ts';
import type { Record } from './use-record.ts';

export function AnglesEditor({
  moment,
  editionType,
  record,
}: {
  moment: Moment;
  editionType: EditionType;
  record: Record;
}) {
  const { t } = useTranslation();
  const sides = sidesOf(editionType);
  const [draft, setDraft] = useState<AngleTargets>(moment.angles);
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(await record('moment.update', { id: moment.id, angles: draft }));
  }

  return (
    <form className="standup-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t(editionType === 'paralympic' ? 'moment.square' : 'moment.triangle')}</legend>
        {sides.map((side) => (
          <label key={side}>
            {t('standup.angles.brief', { side: t(`side.${side}`) })}
            <input
              value={draft[side] ?? ''}
              maxLength={500}
              onChange={(e) => {
                setSaved(false);
                setDraft((d) => ({ ...d, [side]: e.target.value }));
              }}
            />
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          {t('standup.angles.save')}
        </button>
        {saved ? <span role="status">{t('standup.saved')}</span> : null}
      </div>
    </form>
  );
}
