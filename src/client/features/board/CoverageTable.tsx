// One edition's coverage: a row per day and the whole edition, a column per side, captured / planned.
import { useTranslation } from 'react-i18next';
import type { SideCoverage } from '../../../shared/domain/coverage.ts';
import type { EditionCoverage, ImageCounts } from '../../../shared/domain/report.ts';

export interface CoverageTableProps {
  coverage: EditionCoverage;
  caption: string;
  dayLabel(day: string): string;
}

export function CoverageTable({ coverage, caption, dayLabel }: CoverageTableProps) {
  const { t } = useTranslation();
  const sides = coverage.sides.map((s) => s.side);
  const cells = (daySides: readonly SideCoverage[], images: ImageCounts) => (
    <>
      {daySides.map((c) => (
        <td key={c.side} className={c.planned === 0 ? 'gap' : undefined}>
          <Counts counts={c} />
        </td>
      ))}
      <td>
        <Counts counts={images} />
      </td>
    </>
  );
  return (
    <div className="table-scroll">
      <table className="board-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.report.day')}</th>
            {sides.map((side) => (
              <th scope="col" key={side}>
                {t(`side.${side}`)}
              </th>
            ))}
            <th scope="col">{t('board.report.allImages')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.days.length === 0 ? (
            <tr>
              <td colSpan={sides.length + 2}>{t('board.report.empty')}</td>
            </tr>
          ) : (
            coverage.days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                {cells(d.sides, d.images)}
              </tr>
            ))
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('board.report.wholeEdition')}</th>
            {cells(coverage.sides, coverage.images)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** "2 / 3" with the missed count when there is one; read out as a sentence by screen readers. */
function Counts({ counts }: { counts: ImageCounts }) {
  const { t } = useTranslation();
  const sentence = t('board.report.cell', { ...counts });
  return (
    <span title={sentence}>
      <span aria-hidden="true">
        {counts.captured} / {counts.planned}
        {counts.missed > 0 ? ` (${t('board.report.missedShort', { count: counts.missed })})` : null}
      </span>
      <span className="visually-hidden">{sentence}</span>
    </span>
  );
}
