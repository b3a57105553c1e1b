// How the team screen writes times and refusals: instants on the viewer's clock with its zone named, error codes in words.
import type { TFunction } from 'i18next';
import { dateTimeFormat } from '../../../shared/format/intl-cache.ts';
import type { ApiResult } from '../../api/call.ts';

/** This runtime's IANA zone: the viewer's own clock. */
export function viewerTimeZone(): string {
  return dateTimeFormat('en', {}).resolvedOptions().timeZone;
}

/**
 * "4 Aug, 21:50 (GMT+2)": an instant (ISO 8601) on the viewer's clock, in the screen's language, with
 * the zone named as the rest of the app names a venue's ("GMT+2" in English, "UTC+2" in French).
 * A device's last sign of life and a link's expiry belong to no venue: the reader's own clock is the
 * one they act on, and the name says which it is when the team spans zones (Tahiti, a laptop abroad).
 */
export function formatInstant(iso: string, language: string, timeZone: string): string {
  const date = new Date(iso);
  const time = dateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  const zone = dateTimeFormat(language, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return zone ? `${time} (${zone})` : time;
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
