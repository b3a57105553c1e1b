// Asks the browser to keep this origin's storage (the outbox) under pressure; after sign-in and after install.
import { useEffect, useState } from 'react';

/**
 * Returns true when storage is (now) persistent, false when the browser refuses or cannot say.
 * Without it Safari may evict IndexedDB after days unused, taking unsent changes with it.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/**
 * Whether the browser granted persistent storage (`navigator.storage.persisted()`); undefined
 * while unknown or where the browser cannot say. Browsers grant it more readily to an installed
 * app, so it is asked again on `appinstalled`.
 */
export function usePersistedStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    if (!storage?.persisted) return;
    let live = true;
    const read = () =>
      void storage.persisted().then(
        (p) => live && setPersisted(p),
        () => undefined,
      );
    const installed = () => void requestPersistentStorage(storage).then((p) => live && setPersisted(p));
    read();
    window.addEventListener('appinstalled', installed);
    return () => {
      live = false;
      window.removeEventListener('appinstalled', installed);
    };
  }, [storage]);
  return persisted;
}
