// Edits one access request from the chase list: the spot form's access fields, on their own, sending access.update.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '../../../shared/domain/index.ts';
import { FormError } from '../../ui/fields.tsx';
import { AccessFieldset } from './AccessFieldset.tsx';
import { accessDraftOf, accessPatch, parseAccess } from './access-draft.ts';
import type { Record } from './use-record.ts';

export function AccessForm({
  access,
  name,
  record,
}: {
  access: AccessRequest;
  name: string;
  record: Record;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => accessDraftOf(access));
  // Diffs against the request as it was when the form opened (then as last saved).
  const [base, setBase] = useState(access);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    const parsed = parseAccess(draft, base.expiresAt !== undefined);
    if ('error' in parsed) {
      const { field, kind } = parsed.error;
      const message = kind === 'required' ? 'standup.choose.required' : 'standup.access.kept';
      return setError(t(message, { field: t(`standup.access.${field}`) }));
    }
    setError(null);
    const patch = accessPatch(base, parsed.value);
    const changed = Object.keys(patch).length > 0;
    if (changed && !(await record('access.update', { id: base.id, ...patch }))) return;
    setSaved(t(changed ? 'standup.saved' : 'standup.unchanged'));
    setBase({ ...base, ...patch });
  }

  return (
    <form className="standup-form" aria-label={name} onSubmit={(e) => void submit(e)} noValidate>
      <AccessFieldset value={draft} onChange={setDraft} />
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
