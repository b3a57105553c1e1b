// "This day" or "The whole Games": how much of the plan the board lists.
import { useTranslation } from 'react-i18next';
import type { BoardScope } from './board-data.ts';

export function ScopeSwitch({ scope, onChange }: { scope: BoardScope; onChange(scope: BoardScope): void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('board.scope.label')}>
      {(['day', 'games'] as const).map((s) => (
        <button key={s} type="button" aria-pressed={s === scope} onClick={() => onChange(s)}>
          {t(`board.scope.${s}`)}
        </button>
      ))}
    </div>
  );
}
