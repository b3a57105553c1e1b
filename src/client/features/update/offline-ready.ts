// "Ready to work offline", said once per device and only when it is true: the first version of the app
// is installed, it controls this page (an offline reload finds the app), and someone is signed in.
import { useCallback, useEffect, useState } from 'react';
import { useControlled } from './waiting.ts';

/** localStorage: `due` once the first version installed on this device, `said` once the user tapped OK. */
export const OFFLINE_READY_KEY = 'plan-de-jeu:offline-ready';

type Stage = 'due' | 'said' | null;

function read(storage: Storage | undefined): Stage {
  const value = storage?.getItem(OFFLINE_READY_KEY);
  return value === 'due' || value === 'said' ? value : null;
}

/**
 * Whether to show the notice, and its OK. The notice becomes due on this device when its first
 * version takes control of a page that started without one (the worker claims the page at its
 * first activation), or when Workbox reports its one-shot "offline ready" (`firstInstalled`). Both
 * are kept in localStorage: the install may end in a page life the notice never reaches. It shows
 * only while `navigator.serviceWorker.controller` is set and someone is signed in.
 */
export function useOfflineReadyNotice(
  firstInstalled: boolean,
  signedIn: boolean,
  storage: Storage | undefined = globalThis.localStorage,
): [show: boolean, dismiss: () => void] {
  const [stage, setStage] = useState<Stage>(() => read(storage));
  const controlled = useControlled();
  // A page that starts controlled was not the first install (or an update: it reloads).
  const [startedUncontrolled] = useState(() => !controlled);
  const firstControl = startedUncontrolled && controlled;
  useEffect(() => {
    if (!(firstInstalled || firstControl) || read(storage) !== null) return;
    storage?.setItem(OFFLINE_READY_KEY, 'due');
    setStage('due');
  }, [firstInstalled, firstControl, storage]);
  const dismiss = useCallback(() => {
    storage?.setItem(OFFLINE_READY_KEY, 'said');
    setStage('said');
  }, [storage]);
  return [stage === 'due' && controlled && signedIn, dismiss];
}
