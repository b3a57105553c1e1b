// An access request's form fields bound to the live request (or to an empty one for a new request): see useSyncedDraft.
import type { ReactNode } from 'react';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../shared/domain/index.ts';
import { useSyncedDraft } from '../../state/use-synced-draft.ts';
import { FieldNotice } from '../../ui/ChangedElsewhere.tsx';
import { type AccessDraft, accessDraftOf, EMPTY_ACCESS } from './access-draft.ts';

export function useAccessDraft(key: string, access: AccessRequest | undefined) {
  const { t } = useTranslation();
  const draft = useSyncedDraft<keyof AccessDraft>(key, access ? accessDraftOf(access) : EMPTY_ACCESS);
  const value = draft.values as AccessDraft;
  /** Statuses and kinds in words, not their codes. */
  const display = (field: keyof AccessDraft) => (v: string) =>
    field === 'kind'
      ? t(`standup.access.kinds.${v as AccessDraft['kind']}`)
      : field === 'status'
        ? t(`standup.access.statuses.${v as AccessDraft['status']}`)
        : v;
  const notice = (field: keyof AccessDraft, label: string): ReactNode =>
    createElement(FieldNotice<keyof AccessDraft>, { draft, field, label, display: display(field) });
  return { draft, value, notice };
}
