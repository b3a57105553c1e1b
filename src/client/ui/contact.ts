// An access request's contact as this reader may see it: the server redacts it for editors and unassigned creators.
import type { TFunction } from 'i18next';
import type { AccessRequest } from '../../shared/domain/index.ts';

type Contact = Pick<AccessRequest, 'contactName' | 'contactPhone' | 'redacted'>;

/** The name to show: a redacted row carries a placeholder ("—"), which must never reach the screen. */
export function contactText(access: Contact, t: TFunction): string {
  return access.redacted ? t('access.contactHidden') : access.contactName;
}

/** The phone to dial, or undefined: no tap-to-call on a redacted or phoneless contact. */
export function callablePhone(access: Contact): string | undefined {
  if (access.redacted) return undefined;
  const digits = access.contactPhone.replace(/[^\d+]/g, '');
  return digits ? digits : undefined;
}
