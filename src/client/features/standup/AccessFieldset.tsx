// The access request's fields (kind, contact, status, expiry, notes), shared by adding and editing a spot.
import { useTranslation } from 'react-i18next';
import { AccessKind as Kinds, AccessStatus as Statuses } from '../../../shared/domain/spot.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import type { AccessDraft } from './access-draft.ts';

interface Props {
  value: AccessDraft;
  onChange(update: (draft: AccessDraft) => AccessDraft): void;
}

export function AccessFieldset({ value, onChange }: Props) {
  const { t } = useTranslation();
  const set =
    <K extends keyof AccessDraft>(key: K) =>
    (v: AccessDraft[K]) =>
      onChange((a) => ({ ...a, [key]: v }));
  return (
    <fieldset>
      <legend>{t('standup.access.request')}</legend>
      <SelectField
        label={t('standup.access.kind')}
        value={value.kind}
        options={Kinds.options}
        optionLabel={(k) => t(`standup.access.kinds.${k}`)}
        onChange={set('kind')}
      />
      <TextField
        label={t('standup.access.contactName')}
        value={value.contactName}
        onChange={set('contactName')}
        maxLength={120}
      />
      <TextField
        label={t('standup.access.contactPhone')}
        type="tel"
        value={value.contactPhone}
        onChange={set('contactPhone')}
        maxLength={40}
      />
      <SelectField
        label={t('standup.access.status')}
        value={value.status}
        options={Statuses.options}
        optionLabel={(s) => t(`standup.access.statuses.${s}`)}
        onChange={set('status')}
      />
      <TextField
        label={t('standup.access.expiresAt')}
        type="date"
        value={value.expiresAt}
        onChange={set('expiresAt')}
      />
      <TextField
        label={t('standup.access.notes')}
        value={value.notes}
        onChange={set('notes')}
        maxLength={1000}
        rows={2}
      />
    </fieldset>
  );
}
