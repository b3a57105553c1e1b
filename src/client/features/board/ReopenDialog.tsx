// Going back is explicit: which status to return to, and why (recorded in the image's history).
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReopenTarget } from './desk-actions.ts';

export interface ReopenDialogProps {
  title: string;
  /** Earlier statuses the image may return to, first is the furthest back. */
  targets: readonly ReopenTarget[];
  onConfirm(to: ReopenTarget, reason: string): void;
  onCancel(): void;
}

export function ReopenDialog({ title, targets, onConfirm, onCancel }: ReopenDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  // The nearest earlier status is the usual correction ("selected" back to "captured").
  const [to, setTo] = useState<ReopenTarget>(targets[targets.length - 1]!);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setError(true);
      return;
    }
    onConfirm(to, trimmed.slice(0, 500));
  }

  return (
    <dialog open className="desk-dialog" aria-labelledby={`${id}-heading`}>
      <form onSubmit={submit} noValidate>
        <h5 id={`${id}-heading`}>{t('board.reopen.heading', { title })}</h5>
        <label htmlFor={`${id}-to`}>{t('board.reopen.to')}</label>
        <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as ReopenTarget)}>
          {targets.map((target) => (
            <option key={target} value={target}>
              {t(`status.${target}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-reason`}>{t('board.reopen.reason')}</label>
        <input
          id={`${id}-reason`}
          type="text"
          value={reason}
          maxLength={500}
          required
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setError(false);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {t('board.reopen.reasonRequired')}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-danger">
            {t('board.reopen.confirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('miss.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
