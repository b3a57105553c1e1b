// Previous / next day buttons and a "Day" select over the edition's days.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../ui/time.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface DayPickerProps {
  days: readonly string[];
  day: string;
  today?: string;
  onChange(day: string): void;
}

export function DayPicker({ days, day, today, onChange }: DayPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const index = days.indexOf(day);
  const previous = index > 0 ? days[index - 1] : undefined;
  const next = index >= 0 && index < days.length - 1 ? days[index + 1] : undefined;
  return (
    <div className="day-picker">
      <button
        type="button"
        className="button icon-button"
        aria-label={t('day.previous')}
        disabled={!previous}
        onClick={() => previous && onChange(previous)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <label htmlFor={id} className="visually-hidden">
        {t('day.label')}
      </label>
      <select id={id} value={day} onChange={(e) => onChange(e.target.value)}>
        {days.map((d) => (
          <option key={d} value={d}>
            {formatDay(d, formatLocale(i18n.language))}
            {d === today ? ` (${t('day.today')})` : ''}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button icon-button"
        aria-label={t('day.next')}
        disabled={!next}
        onClick={() => next && onChange(next)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
