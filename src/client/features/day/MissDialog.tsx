// The small dialog that asks why a signature image was missed; the reason is required by the mutation.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface MissDialogProps {
  title: string;
  onConfirm(reason: string): void;
  onCancel(): void;
}

export function MissDialog({ title, onConfirm, onCancel }: MissDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setError(true);
      return;
    }
    onConfirm(trimmed.slice(0, 500));
  }

  return (
    <dialog open className="miss-dialog" aria-labelledby={`${id}-heading`}>
      <form onSubmit={submit} noValidate>
        <h5 id={`${id}-heading`}>{t('miss.heading', { title })}</h5>
        <label htmlFor={`${id}-reason`}>{t('miss.reason')}</label>
        <input
          id={`${id}-reason`}
          type="text"
          value={reason}
          maxLength={500}
          required
          autoFocus
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setError(false);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {t('miss.reasonRequired')}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-danger">
            {t('miss.confirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('miss.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
