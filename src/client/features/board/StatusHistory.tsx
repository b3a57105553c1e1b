// The recorded status changes of an image, oldest first: a backward move is always visible here.
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../shared/domain/signature.ts';

export interface StatusHistoryProps {
  history: readonly StatusChange[];
  memberName(id: string | undefined): string;
  /** Formats an instant in the venue's zone. */
  at(instant: string): string;
}

export function StatusHistory({ history, memberName, at }: StatusHistoryProps) {
  const { t } = useTranslation();
  if (history.length === 0) return null;
  return (
    <details className="history">
      <summary>{t('board.history', { count: history.length })}</summary>
      <ol>
        {history.map((change, index) => (
          <li key={index}>
            <time dateTime={change.at}>{at(change.at)}</time>{' '}
            {t('board.historyChange', {
              from: t(`status.${change.from}`),
              to: t(`status.${change.to}`),
              name: memberName(change.by),
            })}
            {change.reason ? ` — ${change.reason}` : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
