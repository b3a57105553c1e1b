// The target angle drawn: a triangle (sport, site, public) or, at the Paralympics, a square (+ disability), with each side's brief.
import { useT } from '../../i18n/use-t.ts';
import type { AngleTargets, Side } from '../../../shared/domain/angles.ts';
import { sidesOf } from '../../../shared/domain/sides.ts';
import type { EditionType } from '../../../shared/domain/edition.ts';

export interface AngleShapeProps {
  angles: AngleTargets;
  editionType: EditionType;
}

/** Corners of the shape in a 100 × 100 box; side i joins corner i and corner i + 1. */
const CORNERS = {
  3: [
    [50, 8],
    [94, 88],
    [6, 88],
  ],
  4: [
    [10, 10],
    [90, 10],
    [90, 90],
    [10, 90],
  ],
} as const;

export function AngleShape({ angles, editionType }: AngleShapeProps) {
  const { t } = useT();
  const sides: readonly Side[] = sidesOf(editionType);
  const corners = CORNERS[sides.length === 4 ? 4 : 3];
  const name = editionType === 'paralympic' ? t('creator.square') : t('creator.triangle');
  return (
    <figure className="angle-shape">
      <svg viewBox="-14 -6 128 110" width="120" height="104" aria-hidden="true" focusable="false">
        {sides.map((side, i) => {
          const [x1, y1] = corners[i]!;
          const [x2, y2] = corners[(i + 1) % corners.length]!;
          return (
            <g key={side} className={`angle-side angle-side-${side}`}>
              <line x1={x1} y1={y1} x2={x2} y2={y2} />
              <text x={(x1 + x2) / 2} y={(y1 + y2) / 2} textAnchor="middle" dominantBaseline="middle">
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="visually-hidden">{name}</span>
        <ol className="angle-briefs">
          {sides.map((side) => (
            <li key={side} className={`angle-brief angle-side-${side}`}>
              <strong>{t(`side.${side}`)}</strong>
              {t('app.colon')}
              {angles[side] || '—'}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
