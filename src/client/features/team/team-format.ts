// How the team screen writes times and refusals: instants in the Games' home zone, error codes in words.
import type { TFunction } from 'i18next';
import type { ApiResult } from '../../api/call.ts';

/** "4 Aug, 21:50" in `timeZone`, in the screen's language. */
export function formatInstant(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(iso));
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
