// Going back is explicit: which status to return to, and why (recorded in the image's history).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
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
  // The nearest earlier status is the usual correction ("selected" back to "captured").
  const [to, setTo] = useState<ReopenTarget>(targets[targets.length - 1]!);
  return (
    <ReasonDialog
      className="desk-dialog"
      heading={t('board.reopen.heading', { title })}
      reasonLabel={t('board.reopen.reason')}
      reasonRequired={t('board.reopen.reasonRequired')}
      confirm={t('board.reopen.confirm')}
      cancel={t('miss.cancel')}
      before={(id) => (
        <>
          <label htmlFor={`${id}-to`}>{t('board.reopen.to')}</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as ReopenTarget)}>
            {targets.map((target) => (
              <option key={target} value={target}>
                {t(`status.${target}`)}
              </option>
            ))}
          </select>
        </>
      )}
      onConfirm={(reason) => onConfirm(to, reason)}
      onCancel={onCancel}
    />
  );
}
