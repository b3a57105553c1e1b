// Distances and bearings as a creator reads them on the move: "350 m", "1.2 km", "293° (NW)" or "293° (NO)" in French.
import type { TFunction } from 'i18next';
import { compassPoint } from '../../../shared/domain/geo.ts';
import { numberFormat } from '../../../shared/format/intl-cache.ts';

export function formatDistance(metres: number, locale: string): string {
  if (metres < 1000) {
    const rounded = metres < 100 ? Math.round(metres) : Math.round(metres / 10) * 10;
    return numberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(rounded);
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: metres < 10_000 ? 1 : 0,
  }).format(metres / 1000);
}

/** { bearing: "293", compass: "NW" } for the catalog's {{bearing}}° ({{compass}}), the point in the reader's language. */
export function bearingParts(bearing: number, t: TFunction): { bearing: string; compass: string } {
  return { bearing: String(Math.round(bearing) % 360), compass: t(`compass.${compassPoint(bearing)}`) };
}

export function formatCoordinates(at: { lat: number; lng: number }, locale: string): string {
  const f = numberFormat(locale, { minimumFractionDigits: 5, maximumFractionDigits: 5 });
  return `${f.format(at.lat)}, ${f.format(at.lng)}`;
}
