// The tile layer, when a tile server is known; the pins and the direction line show without it.
import { TileLayer } from 'react-leaflet';
import { useTileSettings } from '../tile-settings.ts';

export function Tiles() {
  const settings = useTileSettings();
  if (!settings) return null;
  // crossOrigin: tiles are fetched with CORS so the service worker may cache them (opaque answers are not).
  return (
    <TileLayer url={settings.url} attribution={settings.attribution} crossOrigin="anonymous" maxZoom={19} />
  );
}
