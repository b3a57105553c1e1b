// The map components behind React.lazy: Leaflet (~150 KB) loads only when a map is shown, never before "my day".
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpotMapProps, SpotPinEditorProps } from './types.ts';

const SpotMapView = lazy(() => import('./leaflet/SpotMapView.tsx'));
const SpotPinEditorView = lazy(() => import('./leaflet/SpotPinEditorView.tsx'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="spot-map spot-map-loading" aria-busy="true">
      {t('creator.map.loading')}
    </p>
  );
}

/** A read-only map of a spot: camera, subject, shooting direction, and the user's position. */
export function SpotMap(props: SpotMapProps) {
  return (
    <Suspense fallback={<Loading />}>
      <SpotMapView {...props} />
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
