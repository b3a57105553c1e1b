// How the team screen writes times and refusals: instants on the viewer's clock with its zone named, error codes in words.
import type { TFunction } from 'i18next';
import { dateTimeFormat } from '../../../shared/format/intl-cache.ts';
import { hourStyle, zoneName } from '../../../shared/format/venue-time.ts';
import type { ApiResult } from '../../api/call.ts';

/** This runtime's IANA zone: the viewer's own clock. */
export function viewerTimeZone(): string {
  return dateTimeFormat('en', {}).resolvedOptions().timeZone;
}

/**
 * "4 Aug, 21:50 (GMT+2)" (en-GB), "Aug 4, 9:50 PM (GMT+2)" (en-US), "4 août, 21:50 (UTC+2)": an
 * instant (ISO 8601) on the viewer's clock, in `locale` (see formatLocale: the screen's language with
 * the user's region, which sets 12 or 24 h), with the zone named as the rest of the app names a
 * venue's. A device's last sign of life and a link's expiry belong to no venue: the reader's own
 * clock is the one they act on, and the name says which it is when the team spans zones.
 */
export function formatInstant(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  const time = dateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: hourStyle(locale),
    minute: '2-digit',
  }).format(date);
  return `${time} (${zoneName(date, timeZone, locale)})`;
}

/** A failed call in the user's words: offline, not allowed, the last admin, or the server's own message. */
export function describeFailure(t: TFunction, result: Exclude<ApiResult<unknown>, { ok: true }>): string {
  if (result.problem === 'offline') return t('team.errors.offline');
  if (result.code === 'forbidden') return t('team.errors.forbidden');
  if (result.code === 'last_admin') return t('team.errors.lastAdmin');
  if (result.code === 'not_found') return t('team.errors.notFound');
  if (result.code === 'device_revoked' || result.code === 'unauthorized') return t('team.errors.signedOut');
  return t('team.errors.refused', { message: result.message });
}
