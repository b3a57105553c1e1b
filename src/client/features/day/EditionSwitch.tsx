// Olympic / Paralympic: the two editions have their own days and the Paralympic plan uses the square.
import { useTranslation } from 'react-i18next';
import type { Edition } from '../../../shared/domain/edition.ts';

export interface EditionSwitchProps {
  editions: readonly Edition[];
  selectedId: string;
  onChange(editionId: string): void;
}

export function EditionSwitch({ editions, selectedId, onChange }: EditionSwitchProps) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('edition.label')}>
      {editions.map((edition) => (
        <button
          key={edition.id}
          type="button"
          aria-pressed={edition.id === selectedId}
          title={edition.name}
          onClick={() => onChange(edition.id)}
        >
          {t(`edition.${edition.type}`)}
        </button>
      ))}
    </div>
  );
}
