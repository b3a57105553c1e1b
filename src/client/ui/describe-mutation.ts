// A waiting or rejected change in words: the catalog key of a mutation's name, and its arguments.
// The names are in the later catalogs: a screen showing them waits for useLaterCatalogs().
import type { TFunction } from 'i18next';
import type { ShotStatus } from '../../shared/domain/signature.ts';
import { SHOT_STATUSES } from '../../shared/domain/status-order.ts';
import { isMutationName } from '../../shared/mutations/registry.ts';
import { isTeamEvent } from '../../shared/protocol/team.ts';
import type { mutationEn } from '../i18n/mutation.en.ts';

/** "Signature image marked In position": what the user did, not the wire name. */
export function describeMutation(t: TFunction, name: string, args: unknown): string {
  // Team acts (invites, revocations) sit in the audit trail beside the mutations.
  if (isTeamEvent(name))
    return t(`mutation.${name.replace('.', '_') as 'member_invite' | 'device_revoke' | 'member_revoke'}`);
  if (!isMutationName(name)) return t('mutation.unknown', { name });
  const key = name.replace('.', '_') as MutationKey;
  if (key === 'signature_advance') {
    const to = (args as { to?: unknown } | null)?.to;
    const status = typeof to === 'string' && isStatusKey(to) ? t(`status.${to}`) : String(to);
    return t('mutation.signature_advance', { to: status });
  }
  return t(`mutation.${key}`);
}

type MutationKey = Exclude<
  keyof typeof mutationEn,
  'unknown' | 'member_invite' | 'device_revoke' | 'member_revoke'
>;

function isStatusKey(value: string): value is ShotStatus {
  return (SHOT_STATUSES as readonly string[]).includes(value);
}
