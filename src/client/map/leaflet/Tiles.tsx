// The tile layer, when a tile server is known; says when none of its tiles could be shown (offline, server down).
import { useRef } from 'react';
import { TileLayer } from 'react-leaflet';
import { useTileSettings } from '../tile-settings.ts';

export interface TilesProps {
  /** Called once when a whole batch of tiles failed and none loaded: the map shows no ground. */
  onUnavailable?(): void;
}

export function Tiles({ onUnavailable }: TilesProps) {
  const settings = useTileSettings();
  const counts = useRef({ loaded: 0, failed: 0, told: false });
  if (!settings) return null;
  // crossOrigin: tiles are fetched with CORS so the service worker may cache them (opaque answers are not).
  return (
    <TileLayer
      url={settings.url}
      attribution={settings.attribution}
      crossOrigin="anonymous"
      maxZoom={19}
      eventHandlers={{
        tileload: () => void (counts.current.loaded += 1),
        tileerror: () => void (counts.current.failed += 1),
        // "load": every tile of the view has answered, loaded or failed.
        load: () => {
          const c = counts.current;
          if (c.loaded === 0 && c.failed > 0 && !c.told) {
            c.told = true;
            onUnavailable?.();
          }
        },
      }}
    />
  );
}
