// The spot on a map (Leaflet): camera pin, subject pin, the shooting direction, and the user when known.
import 'leaflet/dist/leaflet.css';
import '../map.css';
import { MapContainer, Marker, Polyline } from 'react-leaflet';
import type { SpotMapProps } from '../types.ts';
import { cameraIcon, meIcon, subjectIcon } from './icons.ts';
import { Tiles } from './Tiles.tsx';

/**
 * Room kept around the pins when the map fits them: the zoom buttons sit in the top-left corner
 * (10 px in, 34 × 66 px with touch sizes) and a pin is 36 px wide, so pins start below and right
 * of them; the attribution sits bottom-right.
 */
export const FIT_PADDING = {
  topLeft: [64, 96] as [number, number],
  bottomRight: [36, 36] as [number, number],
};

export default function SpotMapView({
  pins,
  me,
  label,
  onTilesUnavailable,
}: SpotMapProps & { onTilesUnavailable?(): void }) {
  const points = [pins.camera, pins.subject, me].filter((p) => p !== undefined);
  const bounds = points.map((p) => [p.lat, p.lng] as [number, number]);
  return (
    <div className="spot-map" role="region" aria-label={label}>
      <MapContainer
        {...(bounds.length > 1
          ? {
              bounds,
              boundsOptions: {
                paddingTopLeft: FIT_PADDING.topLeft,
                paddingBottomRight: FIT_PADDING.bottomRight,
                maxZoom: 18,
              },
            }
          : { center: bounds[0]!, zoom: 17 })}
        scrollWheelZoom={false}
        className="spot-map-canvas"
      >
        <Tiles {...(onTilesUnavailable ? { onUnavailable: onTilesUnavailable } : {})} />
        <Marker position={[pins.camera.lat, pins.camera.lng]} icon={cameraIcon} keyboard={false} />
        {pins.subject ? (
          <>
            <Marker position={[pins.subject.lat, pins.subject.lng]} icon={subjectIcon} keyboard={false} />
            <Polyline
              positions={[
                [pins.camera.lat, pins.camera.lng],
                [pins.subject.lat, pins.subject.lng],
              ]}
              pathOptions={{ color: '#c2410c', weight: 4, dashArray: '8 6' }}
            />
          </>
        ) : null}
        {me ? <Marker position={[me.lat, me.lng]} icon={meIcon} keyboard={false} /> : null}
      </MapContainer>
    </div>
  );
}
