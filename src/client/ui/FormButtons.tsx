// The confirm/cancel row that ends every small form and dialog: the confirm button submits, cancel never does.

export interface FormButtonsProps {
  confirm: string;
  cancel: string;
  /** How strongly the confirm button speaks: a destructive change is "danger". */
  tone: 'primary' | 'danger';
  onCancel(): void;
}

export function FormButtons({ confirm, cancel, tone, onCancel }: FormButtonsProps) {
  return (
    <div className="button-row">
      <button type="submit" className={`button button-${tone}`}>
        {confirm}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
