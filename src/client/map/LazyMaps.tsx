// The map components behind React.lazy: Leaflet (~150 KB) loads only when a map is shown, never before "my day".
// Without tiles (no tile server known, or none of its tiles load) the spot is drawn instead: see SpotSchematic.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TilesUnavailable } from './TilesUnavailable.tsx';
import { useTileSettings } from './tile-settings.ts';
import type { SpotMapProps, SpotPinEditorProps } from './types.ts';

const SpotMapView = lazy(() => import('./leaflet/SpotMapView.tsx'));
const SpotPinEditorView = lazy(() => import('./leaflet/SpotPinEditorView.tsx'));
// The drawing, too, loads only when a map is asked for (precached: it opens offline).
const SpotSchematic = lazy(() => import('./SpotSchematic.tsx').then((m) => ({ default: m.SpotSchematic })));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="spot-map spot-map-loading" aria-busy="true">
      {t('creator.map.loading')}
    </p>
  );
}

/**
 * A read-only map of a spot: camera, subject, shooting direction, and the user's position; a drawing
 * to scale (with the sun's direction) when no tile can be shown.
 */
export function SpotMap(props: SpotMapProps) {
  const settings = useTileSettings();
  const [failed, setFailed] = useState(false);
  if (settings === null || failed)
    return (
      <div className="spot-map">
        <TilesUnavailable message="drawing" />
        <Suspense fallback={<Loading />}>
          <SpotSchematic {...props} />
        </Suspense>
      </div>
    );
  return (
    <Suspense fallback={<Loading />}>
      <SpotMapView {...props} onTilesUnavailable={() => setFailed(true)} />
    </Suspense>
  );
}

/**
 * The editable pins of a spot (camera + subject), for the stand-up. Props are stable:
 * `value` (pins or undefined), `center` (where to open), `onChange({camera, subject?, bearing?})`, `label`.
 */
export function SpotPinEditor(props: SpotPinEditorProps) {
  return (
    <Suspense fallback={<Loading />}>
      <SpotPinEditorView {...props} />
    </Suspense>
  );
}
