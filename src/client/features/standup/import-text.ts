// Words for a schedule import: which catalog message an issue or notice takes, counts, and the UI language's date order.
import type { TFunction } from 'i18next';
import type { DateOrder, DateReading, ImportIssue, ImportNotice } from '../../../shared/import/index.ts';

/** The catalog message of an issue: its code, or a variant when params call for one. */
export function issueMessage(t: TFunction, issue: ImportIssue): string {
  const params = issue.params ?? {};
  if (issue.code === 'unknownVenue' && params.visible)
    return t('standup.import.errors.unknownVenueHidden', params);
  if (issue.code === 'mixedDateOrder' && params.order === 'month-first')
    return t('standup.import.errors.mixedDateOrderMonthFirst', params);
  return t(`standup.import.errors.${issue.code}`, params);
}

export function noticeMessage(t: TFunction, notice: ImportNotice): string {
  return t(`standup.import.notices.${notice.code}`, { event: '', start: '', ...notice.params });
}

/** "2 new sessions, 1 updated, 41 unchanged": the non-zero counts (all three when all are zero). */
export function countsText(
  t: TFunction,
  counts: { created: number; updated: number; unchanged: number },
): string {
  const parts = (['created', 'updated', 'unchanged'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => t(`standup.import.summary.${k}`, { count: counts[k] }));
  return parts.length > 0 ? parts.join(', ') : t('standup.import.summary.created', { count: 0 });
}

/**
 * The order a locale (see formatLocale) writes numeric dates in, from Intl: French and British English
 * day-first, US English month-first.
 */
export function dateOrderOf(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(Date.UTC(2024, 7, 4)))
    .map((p) => p.type);
  return parts.indexOf('month') < parts.indexOf('day') ? 'month-first' : 'day-first';
}

/** "Dates read as day/month: 04/08/2024 is 4 August 2024." */
export function datesText(
  t: TFunction,
  locale: string,
  dates: DateReading,
  day: [number, number, number],
): string {
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(day[0], day[1] - 1, day[2])));
  const key = dates.order === 'day-first' ? 'dayFirst' : 'monthFirst';
  return t(`standup.import.dates.${key}`, { value: dates.example.value, date });
}
