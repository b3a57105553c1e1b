// A moment's schedule change in words: "Moved to 31 July 10:45, was 30 July 08:00", on the venue's clock and calendar.
import type { TFunction } from 'i18next';
import type { Assignment } from '../../shared/domain/member.ts';
import type { Moment, ScheduleChange } from '../../shared/domain/moment.ts';
import { dateTimeFormat } from '../../shared/format/intl-cache.ts';
import { hourStyle } from '../../shared/format/venue-time.ts';

/**
 * "31 July 10:45" (en-GB), "July 31 10:45 AM" (en), "31 juillet 10:45" (fr): an instant's date and
 * time on the venue's clock. A schedule change crosses days, so its times always carry their date.
 */
export function formatVenueDateTime(instant: string, timeZone: string, locale: string): string {
  const date = new Date(instant);
  const day = dateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long' }).format(date);
  const time = dateTimeFormat(locale, { timeZone, hour: hourStyle(locale), minute: '2-digit' }).format(date);
  return `${day} ${time}`;
}

/**
 * The change of `moment` its assigned member has not acknowledged yet, or undefined. Acknowledged
 * means the assignment holds this change's `changedAt` (or a later one).
 */
export function pendingChange(moment: Moment, assignment: Assignment): ScheduleChange | undefined {
  const change = moment.scheduleChange;
  if (!change) return undefined;
  const seen = assignment.acknowledged?.changedAt;
  return seen && Date.parse(seen) >= Date.parse(change.changedAt) ? undefined : change;
}

/**
 * The sentence of a change. `was` is the key moment the reader last knew: what their assignment
 * acknowledged, else the key moment just before this change.
 */
export function changeText(
  t: TFunction,
  moment: Moment,
  change: ScheduleChange,
  where: { timeZone: string; locale: string; was?: string },
): string {
  const format = (instant: string) => formatVenueDateTime(instant, where.timeZone, where.locale);
  const from = format(where.was ?? change.previousKeyMomentAt);
  const to = format(moment.keyMomentAt);
  return t(`schedule.change.${change.kind}`, { from, to });
}
