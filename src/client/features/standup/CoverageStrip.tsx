// The day's coverage strip: which sides of the triangle (or square) the planned signature images cover.
import { useTranslation } from 'react-i18next';
import type { EditionType, Moment, SignatureImage } from '../../../shared/domain/index.ts';
import { coverageOf, imagesOfDay } from '../../../shared/domain/coverage.ts';

interface Props {
  editionId: string;
  editionType: EditionType;
  day: string;
  moments: readonly Moment[];
  signatures: readonly SignatureImage[];
}

export function CoverageStrip({ editionId, editionType, day, moments, signatures }: Props) {
  const { t } = useTranslation();
  const coverage = coverageOf(editionType, imagesOfDay(editionId, day, moments, signatures));
  return (
    <section className="standup-section" aria-labelledby="standup-coverage">
      <h2 id="standup-coverage">{t('standup.coverage.heading')}</h2>
      <ul className="standup-coverage">
        {coverage.map((c) => (
          <li key={c.side} className={c.planned === 0 ? 'coverage-missing' : 'coverage-ok'}>
            <strong>{t(`side.${c.side}`)}</strong>{' '}
            {c.planned === 0
              ? t('standup.coverage.missing')
              : t('standup.coverage.planned', { count: c.planned })}
          </li>
        ))}
      </ul>
    </section>
  );
}
