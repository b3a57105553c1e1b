// Asks for the asset's link in the media library: on publishing, or to add or change it later.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignatureImage } from '../../../shared/domain/signature.ts';

export interface AssetLinkDialogProps {
  title: string;
  heading: string;
  confirm: string;
  initial: string;
  /** Publishing may go ahead without a link (it can be added later); editing the link may not. */
  optional?: boolean;
  onConfirm(url: string): void;
  onCancel(): void;
}

/** The same rule as the mutation's, so the server never has to refuse a link typed here. */
const assetUrl = SignatureImage.shape.assetUrl;

export function AssetLinkDialog(props: AssetLinkDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState(props.initial);
  const [error, setError] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = url.trim();
    const empty = trimmed === '';
    if ((empty && !props.optional) || (!empty && !assetUrl.safeParse(trimmed).success)) {
      setError(true);
      return;
    }
    props.onConfirm(trimmed);
  }

  return (
    <dialog open className="desk-dialog" aria-labelledby={`${id}-heading`}>
      <form onSubmit={submit} noValidate>
        <h5 id={`${id}-heading`}>{props.heading}</h5>
        <label htmlFor={`${id}-url`}>{t('board.link.label')}</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          value={url}
          placeholder="https://"
          maxLength={2000}
          autoFocus
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : `${id}-help`}
          onChange={(e) => {
            setUrl(e.target.value);
            setError(false);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {t('board.link.invalid')}
          </p>
        ) : (
          <p id={`${id}-help`} className="muted">
            {props.optional ? t('board.link.helpOptional') : t('board.link.help')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {props.confirm}
          </button>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('miss.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
