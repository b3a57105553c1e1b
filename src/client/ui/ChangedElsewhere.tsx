// Told while typing: the field changed on another device. Both values stay on screen until the user picks one.
import { useT } from '../i18n/use-t.ts';

export interface ChangedElsewhereProps {
  /** The field's name, as its label reads. */
  field: string;
  /** The value that arrived from the other device. */
  theirs: string;
  onTakeTheirs(): void;
  onKeepMine(): void;
}

export function ChangedElsewhere({ field, theirs, onTakeTheirs, onKeepMine }: ChangedElsewhereProps) {
  const { t } = useT();
  return (
    <div className="changed-elsewhere panel panel-info" role="status">
      <p>
        {t('draft.changedElsewhere', { field })}{' '}
        <strong className="theirs">
          {theirs ? t('draft.quoted', { value: theirs }) : t('draft.emptied')}
        </strong>
      </p>
      <p className="muted">{t('draft.yoursKept')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t('draft.takeTheirs')}
          <span className="visually-hidden"> {field}</span>
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('draft.keepMine')}
          <span className="visually-hidden"> {field}</span>
        </button>
      </div>
    </div>
  );
}

/** The notice of one field of a synced draft, or nothing while that field has no value from elsewhere. */
export function FieldNotice<K extends string>(props: {
  draft: { theirs: Partial<Record<K, string>>; takeTheirs(field: K): void; keepMine(field: K): void };
  field: K;
  label: string;
  /** The value in words when the raw text is not what the user reads (a spot id, a status). */
  display?: (value: string) => string;
}) {
  const { draft, field, label, display } = props;
  const theirs = draft.theirs[field];
  if (theirs === undefined) return null;
  return (
    <ChangedElsewhere
      field={label}
      theirs={display ? display(theirs) : theirs}
      onTakeTheirs={() => draft.takeTheirs(field)}
      onKeepMine={() => draft.keepMine(field)}
    />
  );
}
