// Edits one access request from the chase list: the spot form's access fields, on their own, sending access.update.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../shared/domain/index.ts';
import { FormError } from '../../ui/fields.tsx';
import { AccessFieldset } from './AccessFieldset.tsx';
import { accessPatch, parseAccess } from './access-draft.ts';
import { useAccessDraft } from './use-access-draft.ts';
import type { Record } from './use-record.ts';

export function AccessForm({
  access,
  name,
  record,
}: {
  /** The live request: its fields follow it, and a change from elsewhere while typing is shown beside the typed one. */
  access: AccessRequest;
  name: string;
  record: Record;
}) {
  const { t } = useTranslation();
  const { draft, value, notice } = useAccessDraft(`access/${access.id}`, access);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const parsed = parseAccess(value, access.expiresAt !== undefined);
    if ('error' in parsed) {
      const { field, kind } = parsed.error;
      const message = kind === 'required' ? 'standup.choose.required' : 'standup.access.kept';
      return setError(t(message, { field: t(`standup.access.${field}`) }));
    }
    setError(null);
    // Only what differs from the live request is sent: another planner's change is not written back.
    const patch = accessPatch(access, parsed.value);
    const changed = Object.keys(patch).length > 0;
    if (
      changed &&
      !(await draft.save(draft.dirty, () => record('access.update', { id: access.id, ...patch })))
    )
      return;
    setSaved(t(changed ? 'standup.saved' : 'standup.unchanged'));
  }

  return (
    <form className="standup-form" aria-label={name} onSubmit={(e) => void submit(e)} noValidate>
      <AccessFieldset
        value={value}
        onChange={(field, v) => {
          setSaved(null);
          draft.set(field, v);
        }}
        notice={notice}
      />
      <FormError error={error} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('standup.access.save')}
        </button>
        {saved ? <span role="status">{saved}</span> : null}
      </div>
    </form>
  );
}
