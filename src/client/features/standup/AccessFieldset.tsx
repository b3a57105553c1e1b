// The access request's fields (kind, contact, status, expiry, notes), shared by adding and editing a spot.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessKind as Kinds, AccessStatus as Statuses } from '../../../shared/domain/spot.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import type { AccessDraft } from './access-draft.ts';

interface Props {
  value: AccessDraft;
  onChange<K extends keyof AccessDraft>(field: K, value: AccessDraft[K]): void;
  /** A field's "changed on another device" notice, if any. */
  notice?(field: keyof AccessDraft, label: string): ReactNode;
}

export function AccessFieldset({ value, onChange, notice }: Props) {
  const { t } = useTranslation();
  const set =
    <K extends keyof AccessDraft>(key: K) =>
    (v: AccessDraft[K]) =>
      onChange(key, v);
  const label = (field: keyof AccessDraft) => t(`standup.access.${field}`);
  const noticeOf = (field: keyof AccessDraft) => notice?.(field, label(field));
  return (
    <fieldset>
      <legend>{t('standup.access.request')}</legend>
      <SelectField
        label={label('kind')}
        value={value.kind}
        options={Kinds.options}
        optionLabel={(k) => t(`standup.access.kinds.${k}`)}
        onChange={set('kind')}
        notice={noticeOf('kind')}
      />
      <TextField
        label={label('contactName')}
        value={value.contactName}
        onChange={set('contactName')}
        maxLength={120}
        notice={noticeOf('contactName')}
      />
      <TextField
        label={label('contactPhone')}
        type="tel"
        value={value.contactPhone}
        onChange={set('contactPhone')}
        maxLength={40}
        notice={noticeOf('contactPhone')}
      />
      <SelectField
        label={label('status')}
        value={value.status}
        options={Statuses.options}
        optionLabel={(s) => t(`standup.access.statuses.${s}`)}
        onChange={set('status')}
        notice={noticeOf('status')}
      />
      <TextField
        label={label('expiresAt')}
        type="date"
        value={value.expiresAt}
        onChange={set('expiresAt')}
        notice={noticeOf('expiresAt')}
      />
      <TextField
        label={label('notes')}
        value={value.notes}
        onChange={set('notes')}
        maxLength={1000}
        rows={2}
        notice={noticeOf('notes')}
      />
    </fieldset>
  );
}
