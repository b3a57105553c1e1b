// Copies the day's chosen moments to another day (a template for a day that looks like this one).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, Moment } from '../../../shared/domain/index.ts';
import { SelectField } from '../../ui/fields.tsx';
import { formatDay } from '../../ui/time.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

interface Props {
  edition: Edition;
  day: string;
  days: readonly string[];
  moments: readonly Moment[];
  record: Record;
}

export function CopyDay({ edition, day, days, moments, record }: Props) {
  const { t, i18n } = useTranslation();
  const others = days.filter((d) => d !== day);
  const [toDay, setToDay] = useState(others[0] ?? day);
  if (moments.length === 0 || others.length === 0) return null;
  const target = others.includes(toDay) ? toDay : others[0]!;
  return (
    <div className="standup-inline no-print">
      <SelectField
        label={t('standup.plan.copyDay')}
        value={target}
        options={others}
        optionLabel={(d) => formatDay(d, formatLocale(i18n.language))}
        onChange={setToDay}
      />
      <button
        type="button"
        className="button"
        onClick={() =>
          void record('day.copy', {
            editionId: edition.id,
            toDay: target,
            moments: moments.slice(0, 20).map((m) => ({ fromId: m.id, id: newId() })),
          })
        }
      >
        {t('standup.plan.copyDayButton')}
      </button>
    </div>
  );
}
