// A small dialog that asks why (a missed image, a reopened one): the reason is required and kept to 500 characters.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FormButtons } from './FormButtons.tsx';

export interface ReasonDialogProps {
  className: string;
  heading: string;
  reasonLabel: string;
  reasonRequired: string;
  confirm: string;
  cancel: string;
  /** Fields asked before the reason; `id` prefixes their ids so labels stay tied to them. */
  before?(id: string): ReactNode;
  autoFocus?: boolean;
  /** The reason typed so far, when the caller keeps it (across reloads); otherwise the dialog keeps it. */
  value?: string;
  onValueChange?(reason: string): void;
  onConfirm(reason: string): void;
  onCancel(): void;
}

export function ReasonDialog(props: ReasonDialogProps) {
  const { className, heading, reasonLabel, reasonRequired, before, autoFocus, onConfirm, onCancel } = props;
  const id = useId();
  const [ownReason, setOwnReason] = useState('');
  const reason = props.value ?? ownReason;
  const setReason = props.onValueChange ?? setOwnReason;
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
    <dialog open className={className} aria-labelledby={`${id}-heading`}>
      <form onSubmit={submit} noValidate>
        <h5 id={`${id}-heading`}>{heading}</h5>
        {before?.(id)}
        <label htmlFor={`${id}-reason`}>{reasonLabel}</label>
        <input
          id={`${id}-reason`}
          type="text"
          value={reason}
          maxLength={500}
          required
          autoFocus={autoFocus}
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setError(false);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {reasonRequired}
          </p>
        ) : null}
        <FormButtons confirm={props.confirm} cancel={props.cancel} tone="danger" onCancel={onCancel} />
      </form>
    </dialog>
  );
}
