// The small dialog that asks why a signature image was missed; the reason is required by the mutation.
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';

export interface MissDialogProps {
  title: string;
  /** The reason typed so far, when the caller keeps it; otherwise the dialog keeps it. */
  reason?: string;
  onReasonChange?(reason: string): void;
  onConfirm(reason: string): void;
  onCancel(): void;
}

export function MissDialog({ title, reason, onReasonChange, onConfirm, onCancel }: MissDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      className="miss-dialog"
      heading={t('miss.heading', { title })}
      reasonLabel={t('miss.reason')}
      reasonRequired={t('miss.reasonRequired')}
      confirm={t('miss.confirm')}
      cancel={t('miss.cancel')}
      autoFocus
      {...(reason !== undefined ? { value: reason } : {})}
      {...(onReasonChange ? { onValueChange: onReasonChange } : {})}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
