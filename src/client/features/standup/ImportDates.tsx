// How a spreadsheet's numeric dates were read (day/month or month/day), and the choice when the file cannot tell.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateOrder, DateReading } from '../../../shared/import/cells.ts';
import { dayOf, readDateCell } from '../../../shared/import/cells.ts';
import { datesText } from './import-text.ts';

interface Props {
  dates: DateReading;
  /** Where the example date is written (formatLocale). */
  locale: string;
  onChoose(order: DateOrder): void;
}

/** Names the order on screen; when every date reads both ways, the planner picks it (the file is read again). */
export function ImportDates({ dates, locale, onChoose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const cell = readDateCell(dates.example.value);
  const day = cell ? dayOf(cell, dates.order) : undefined;
  return (
    <div className="panel panel-info">
      {day ? <p>{datesText(t, locale, dates, day)}</p> : null}
      {dates.evidence ? (
        <p>{t('standup.import.dates.proof', dates.evidence)}</p>
      ) : (
        <>
          <p>{t('standup.import.dates.ambiguous')}</p>
          <div className="field">
            <label htmlFor={`${id}-order`}>{t('standup.import.dates.choose')}</label>
            <select
              id={`${id}-order`}
              value={dates.order}
              onChange={(e) => onChoose(e.target.value as DateOrder)}
            >
              <option value="day-first">{t('standup.import.dates.chooseDayFirst')}</option>
              <option value="month-first">{t('standup.import.dates.chooseMonthFirst')}</option>
            </select>
          </div>
        </>
      )}
    </div>
  );
}
