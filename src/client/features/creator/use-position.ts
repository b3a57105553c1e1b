// The user's own position, asked only when they tap (never on load): the browser's prompt comes with intent.
import { useCallback, useState } from 'react';
import type { LatLng } from '../../../shared/domain/common.ts';

export type PositionState =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'known'; at: LatLng; accuracy: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'unsupported' };

export function usePosition(geolocation: Geolocation | undefined = globalThis.navigator?.geolocation) {
  const [state, setState] = useState<PositionState>({ kind: 'idle' });
  const locate = useCallback(() => {
    if (!geolocation) return setState({ kind: 'unsupported' });
    setState({ kind: 'locating' });
    geolocation.getCurrentPosition(
      (p) =>
        setState({
          kind: 'known',
          at: { lat: p.coords.latitude, lng: p.coords.longitude },
          accuracy: p.coords.accuracy,
        }),
      (error) => setState({ kind: 'failed', reason: error.message || `error ${error.code}` }),
      // A recent fix is fine: the creator walks, the stadium does not move.
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 30_000 },
    );
  }, [geolocation]);
  return { state, locate };
}
