// The spot as a drawing that needs no map tiles: camera, subject, shooting direction, the sun, the user, a scale and north.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { bearingDegrees, compassPoint, distanceMetres } from '../../shared/domain/geo.ts';
import { numberFormat } from '../../shared/format/intl-cache.ts';
import { along, type Point, schematicOf } from './schematic.ts';
import type { SpotMapProps } from './types.ts';
import { formatLocale } from '../i18n/format-locale.ts';

export function SpotSchematic({ pins, me, bearing, sun, label }: SpotMapProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const drawing = schematicOf({
    camera: pins.camera,
    ...(pins.subject ? { subject: pins.subject } : {}),
    ...(me ? { me } : {}),
    ...(bearing !== undefined ? { bearing } : {}),
    ...(sun?.up ? { sunAzimuth: sun.azimuth } : {}),
  });
  const distance = (metres: number) => formatMetres(metres, formatLocale(i18n.language));
  const towards = (deg: number) => ({
    bearing: String(Math.round(deg) % 360),
    compass: t(`compass.${compassPoint(deg)}`),
  });
  const shootingBearing = bearing ?? (pins.subject ? bearingDegrees(pins.camera, pins.subject) : undefined);
  const description = [
    pins.subject
      ? t('creator.map.drawSubject', {
          distance: distance(distanceMetres(pins.camera, pins.subject)),
          ...towards(bearingDegrees(pins.camera, pins.subject)),
        })
      : null,
    shootingBearing !== undefined ? t('creator.map.drawShooting', towards(shootingBearing)) : null,
    sun ? (sun.up ? t('creator.map.drawSun', towards(sun.azimuth)) : t('creator.map.drawSunDown')) : null,
    me
      ? t('creator.map.drawYou', {
          distance: distance(distanceMetres(me, pins.camera)),
          ...towards(bearingDegrees(me, pins.camera)),
        })
      : null,
    t('creator.map.drawScale', { distance: distance(drawing.scale.metres) }),
  ].filter(Boolean);
  const { width, height, camera, subject, shooting } = drawing;
  return (
    <figure className="spot-schematic">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="schematic"
      >
        <title id={`${id}-title`}>{label}</title>
        <desc id={`${id}-desc`}>{description.join(' ')}</desc>
        <rect className="schematic-bg" x="0" y="0" width={width} height={height} rx="8" />
        {drawing.sun ? (
          <g className="schematic-sun">
            <line x1={camera.x} y1={camera.y} x2={drawing.sun.x} y2={drawing.sun.y} strokeDasharray="3 5" />
            <circle cx={drawing.sun.x} cy={drawing.sun.y} r="6" />
            {[0, 45, 90, 135, 180, 225, 270, 315].map((ray) => {
              const a = along(drawing.sun!, ray, 8);
              const b = along(drawing.sun!, ray, 12);
              return <line key={ray} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
            })}
          </g>
        ) : null}
        {shooting ? <Arrow from={camera} to={shooting.to} className="schematic-shooting" /> : null}
        {subject ? (
          <g className="schematic-subject">
            <circle cx={subject.x} cy={subject.y} r="9" />
            <Label at={subject} width={width}>
              {t('creator.map.subject')}
            </Label>
          </g>
        ) : null}
        <g className="schematic-camera">
          <circle cx={camera.x} cy={camera.y} r="9" />
          <Label at={camera} width={width}>
            {t('creator.map.camera')}
          </Label>
        </g>
        {drawing.me ? (
          <g className="schematic-me">
            <circle cx={drawing.me.x} cy={drawing.me.y} r="7" />
            <text
              x={drawing.me.x}
              y={drawing.me.y + (drawing.me.y > height / 2 ? -11 : 19)}
              textAnchor="middle"
            >
              {drawing.me.far && me
                ? t('creator.map.youFar', { distance: distance(distanceMetres(me, pins.camera)) })
                : t('creator.map.you')}
            </text>
          </g>
        ) : null}
        <g className="schematic-north" transform={`translate(${width - 22} 26)`}>
          <path d="M0 -14 L7 6 L0 2 L-7 6 Z" />
          <text x="0" y="20" textAnchor="middle">
            {t('compass.N')}
          </text>
        </g>
        <g className="schematic-scale" transform={`translate(12 ${height - 14})`}>
          <path d={`M0 -6 V0 H${drawing.scale.px} V-6`} />
          <text x={drawing.scale.px + 6} y="0">
            {distance(drawing.scale.metres)}
          </text>
        </g>
      </svg>
      <figcaption className="muted">{t('creator.map.drawingCaption')}</figcaption>
    </figure>
  );
}

/** A pin's name beside it: on its right, or on its left near the right edge (never cut off). */
function Label({ at, width, children }: { at: Point; width: number; children: string }) {
  const left = at.x > width * 0.62;
  return (
    <text x={at.x + (left ? -13 : 13)} y={at.y + 4} textAnchor={left ? 'end' : 'start'}>
      {children}
    </text>
  );
}

function Arrow({ from, to, className }: { from: Point; to: Point; className: string }) {
  const heading = (Math.atan2(to.x - from.x, -(to.y - from.y)) * 180) / Math.PI;
  const left = along(to, heading + 150, 10);
  const right = along(to, heading - 150, 10);
  return (
    <g className={className}>
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
      <path d={`M${to.x} ${to.y} L${left.x} ${left.y} L${right.x} ${right.y} Z`} />
    </g>
  );
}

function formatMetres(metres: number, locale: string): string {
  return metres >= 1000
    ? numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(
        metres / 1000,
      )
    : numberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(metres);
}
