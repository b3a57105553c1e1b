// Asks the browser to keep this origin's storage (the outbox) under pressure; called after sign-in.

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
