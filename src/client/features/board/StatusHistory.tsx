// The recorded status changes of an image, in the order the server applied them: a backward move is always visible here.
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../shared/domain/signature.ts';
import { TapTime } from '../../ui/TapTime.tsx';

export interface StatusHistoryProps {
  history: readonly StatusChange[];
  memberName(id: string | undefined): string;
  /** Formats an instant in the venue's zone. */
  at(instant: string): string;
}

/**
 * Oldest first, in the order the server applied the moves (each `from` is the previous `to`),
 * not sorted by the phones' clocks: a phone whose clock is years off cannot reorder the history.
 * Each time is the tap's, or the server's receipt, marked, when that phone's clock was off.
 */
export function StatusHistory({ history, memberName, at }: StatusHistoryProps) {
  const { t } = useTranslation();
  if (history.length === 0) return null;
  return (
    <details className="history">
      <summary>{t('board.history', { count: history.length })}</summary>
      <ol>
        {history.map((change, index) => (
          <li key={index}>
            <TapTime stamp={change} format={at} />{' '}
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
