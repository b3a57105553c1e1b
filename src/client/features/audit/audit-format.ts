// Display helpers of a record's history: when (viewer's locale, venue's zone), field names and values.
import type { TFunction } from 'i18next';
import { ScheduleChangeKind } from '../../../shared/domain/moment.ts';
import { SESSION_STATUSES } from '../../../shared/domain/schedule.ts';
import { SHOT_STATUSES } from '../../../shared/domain/signature.ts';
import { dateTimeFormat } from '../../../shared/format/intl-cache.ts';
import { hourStyle } from '../../../shared/format/venue-time.ts';
import type { auditEn } from '../../i18n/audit.en.ts';

type FieldKey = keyof (typeof auditEn)['field'];

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** "5 Aug, 21:50" in the viewer's language, on the venue's clock (the house rule for every time). */
export function formatWhen(instant: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: hourStyle(locale),
    minute: '2-digit',
  }).format(new Date(instant));
}

/** A field's name in words when the catalog knows it; otherwise its path (a newer field from the server). */
export function fieldLabel(t: TFunction, field: string): string {
  return field in FIELD_NAMES ? t(`audit.field.${field as FieldKey}`) : field;
}

/** A value in words: statuses translated, instants on the venue's clock, nothing as "(empty)". */
export function valueText(
  t: TFunction,
  field: string,
  value: string | undefined,
  when: (instant: string) => string,
): string {
  if (value === undefined || value === '') return t('audit.empty');
  if (field === 'status' && (SHOT_STATUSES as readonly string[]).includes(value))
    return t(`status.${value as (typeof SHOT_STATUSES)[number]}`);
  if (field === 'sessionStatus' && (SESSION_STATUSES as readonly string[]).includes(value))
    return t(`schedule.status.${value as (typeof SESSION_STATUSES)[number]}`);
  if (field === 'scheduleChange.kind' && (ScheduleChangeKind.options as string[]).includes(value))
    return t(`schedule.kind.${value as ScheduleChangeKind}`);
  if (ISO_INSTANT.test(value)) return when(value);
  return value;
}

// Only the key set matters; a plain object keeps the lookup `in`-cheap and typed against the catalog.
const FIELD_NAMES: Record<FieldKey, true> = {
  title: true,
  sport: true,
  day: true,
  rank: true,
  status: true,
  keyMomentAt: true,
  venueId: true,
  'why.kind': true,
  'why.athlete': true,
  'why.text': true,
  'angles.sport': true,
  'angles.site': true,
  'angles.public': true,
  'angles.disability': true,
  description: true,
  sides: true,
  partner: true,
  capturedBy: true,
  capturedAt: true,
  missedReason: true,
  note: true,
  assetUrl: true,
  previewId: true,
  sessionStatus: true,
  pinned: true,
  'scheduleChange.kind': true,
  'scheduleChange.previousKeyMomentAt': true,
  'scheduleChange.changedAt': true,
  'acknowledged.changedAt': true,
  'acknowledged.keyMomentAt': true,
};
