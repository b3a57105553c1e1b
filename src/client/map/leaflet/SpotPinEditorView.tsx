// Placing a spot's pins (Leaflet): tap the map to put the chosen pin, drag pins, or type coordinates.
import 'leaflet/dist/leaflet.css';
import '../map.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, Polyline, useMapEvents } from 'react-leaflet';
import type { LatLng } from '../../../shared/domain/common.ts';
import { bearingDegrees } from '../../../shared/domain/geo.ts';
import type { SpotPinEditorProps, SpotPins, SpotPinsChange } from '../types.ts';
import { CoordinateFields } from '../CoordinateFields.tsx';
import { TilesUnavailable } from '../TilesUnavailable.tsx';
import { cameraIcon, subjectIcon } from './icons.ts';
import { Tiles } from './Tiles.tsx';

type Pin = 'camera' | 'subject';

/** Reports pins with the bearing camera → subject (undefined until both exist or when they coincide). */
export function withBearing(pins: SpotPins): SpotPinsChange {
  const same = pins.subject && pins.subject.lat === pins.camera.lat && pins.subject.lng === pins.camera.lng;
  return pins.subject && !same
    ? { ...pins, bearing: bearingDegrees(pins.camera, pins.subject) }
    : { ...pins };
}

function TapToPlace({ onTap }: { onTap(at: LatLng): void }) {
  useMapEvents({ click: (e) => onTap({ lat: e.latlng.lat, lng: e.latlng.lng }) });
  return null;
}

export default function SpotPinEditorView({ value, center, onChange, label }: SpotPinEditorProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<Pin>(value ? 'subject' : 'camera');
  const [noTiles, setNoTiles] = useState(false);
  const place = (pin: Pin, at: LatLng) => {
    const round = { lat: Number(at.lat.toFixed(6)), lng: Number(at.lng.toFixed(6)) };
    // A subject before any camera: the camera goes there first (a spot always has a camera).
    const next: SpotPins =
      pin === 'camera' || !value ? { ...value, camera: round } : { camera: value.camera, subject: round };
    onChange(withBearing(next));
    if (pin === 'camera' && !next.subject) setActive('subject');
  };
  const start = value?.camera ?? center;
  return (
    <fieldset className="pin-editor">
      <legend>{label}</legend>
      <div className="segmented" role="group" aria-label={t('creator.map.placing')}>
        {(['camera', 'subject'] as const).map((pin) => (
          <button key={pin} type="button" aria-pressed={active === pin} onClick={() => setActive(pin)}>
            {t(`creator.map.${pin}`)}
          </button>
        ))}
      </div>
      <p className="muted">{t('creator.map.tapToPlace')}</p>
      {noTiles ? <TilesUnavailable message="coordinates" /> : null}
      <div className="spot-map">
        <MapContainer
          center={[start.lat, start.lng]}
          zoom={17}
          scrollWheelZoom={false}
          className="spot-map-canvas"
        >
          <Tiles onUnavailable={() => setNoTiles(true)} />
          <TapToPlace onTap={(at) => place(active, at)} />
          {value ? (
            <Marker
              position={[value.camera.lat, value.camera.lng]}
              icon={cameraIcon}
              draggable
              eventHandlers={{ dragend: (e) => place('camera', e.target.getLatLng()) }}
            />
          ) : null}
          {value?.subject ? (
            <>
              <Marker
                position={[value.subject.lat, value.subject.lng]}
                icon={subjectIcon}
                draggable
                eventHandlers={{ dragend: (e) => place('subject', e.target.getLatLng()) }}
              />
              <Polyline
                positions={[
                  [value.camera.lat, value.camera.lng],
                  [value.subject.lat, value.subject.lng],
                ]}
                pathOptions={{ color: '#c2410c', weight: 4, dashArray: '8 6' }}
              />
            </>
          ) : null}
        </MapContainer>
      </div>
      <CoordinateFields value={value} onPlace={place} />
    </fieldset>
  );
}
