// Typed coordinates for the pins: the pin editor without a map (keyboard, screen readers, no tiles).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatLng } from '../../shared/domain/common.ts';
import type { SpotPins } from './types.ts';

export interface CoordinateFieldsProps {
  value?: SpotPins;
  onPlace(pin: 'camera' | 'subject', at: LatLng): void;
}

const LIMITS = { lat: 90, lng: 180 } as const;

export function CoordinateFields({ value, onPlace }: CoordinateFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = (pin: 'camera' | 'subject', axis: 'lat' | 'lng') => {
    const current = value?.[pin];
    const inputId = `${id}-${pin}-${axis}`;
    return (
      <div className="coordinate" key={inputId}>
        <label htmlFor={inputId}>{t(`creator.map.${pin}${axis === 'lat' ? 'Lat' : 'Lng'}`)}</label>
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          step="0.000001"
          min={-LIMITS[axis]}
          max={LIMITS[axis]}
          // Keyed on the value so a tap on the map refreshes what the field shows.
          key={current ? String(current[axis]) : 'empty'}
          defaultValue={current ? String(current[axis]) : ''}
          disabled={pin === 'subject' && !value}
          onBlur={(e) => {
            const n = Number(e.target.value);
            if (e.target.value === '' || !Number.isFinite(n) || Math.abs(n) > LIMITS[axis]) return;
            const base = current ?? value?.camera ?? { lat: 0, lng: 0 };
            onPlace(pin, { ...base, [axis]: n });
          }}
        />
      </div>
    );
  };
  return (
    <div className="coordinates">
      {field('camera', 'lat')}
      {field('camera', 'lng')}
      {field('subject', 'lat')}
      {field('subject', 'lng')}
    </div>
  );
}
