// The triangle (sport, site, public) or, on Paralympic moments, the square: one short brief per side.
// The briefs follow the live moment; one changed on another device while the planner types is shown beside theirs.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AngleTargets, EditionType, Moment, Side } from '../../../shared/domain/index.ts';
import { sidesOf } from '../../../shared/domain/angles.ts';
import { useSyncedDraft } from '../../state/use-synced-draft.ts';
import { FieldNotice } from '../../ui/ChangedElsewhere.tsx';
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
  const draft = useSyncedDraft<Side>(
    `angles/${moment.id}`,
    Object.fromEntries(sides.map((side) => [side, moment.angles[side] ?? ''])) as { [S in Side]: string },
  );
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const angles = { ...moment.angles, ...draft.values } as AngleTargets;
    setSaved(await draft.save(draft.dirty, () => record('moment.update', { id: moment.id, angles })));
  }

  return (
    <form className="standup-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t(editionType === 'paralympic' ? 'moment.square' : 'moment.triangle')}</legend>
        {sides.map((side) => {
          const label = t('standup.angles.brief', { side: t(`side.${side}`) });
          return (
            <div key={side}>
              <label>
                {label}
                <input
                  value={draft.values[side]}
                  maxLength={500}
                  onChange={(e) => {
                    setSaved(false);
                    draft.set(side, e.target.value);
                  }}
                />
              </label>
              <FieldNotice draft={draft} field={side} label={label} />
            </div>
          );
        })}
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
