// Whether the phone's outbox holds unsent changes, read with raw IndexedDB (no Dexie): used by the service worker.
import { DEFAULT_DB_NAME } from './dexie-db-name.ts';

/**
 * Resolves true when the outbox table of the app's database holds at least one entry (the
 * outbox holds only changes the server has not acknowledged). A database that does not exist
 * yet is not created: its creation is aborted and the answer is false. Any other failure is
 * answered true: when in doubt, the running version stays.
 */
export function hasUnsentChanges(
  factory: IDBFactory = indexedDB,
  name: string = DEFAULT_DB_NAME,
): Promise<boolean> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(true);
    }
    let created = false;
    request.onupgradeneeded = () => {
      // No database yet (opening without a version creates one): undo that, there is no outbox.
      created = true;
      request.transaction?.abort();
    };
    request.onerror = () => resolve(!created);
    request.onblocked = () => resolve(true);
    request.onsuccess = () => {
      const db = request.result;
      try {
        if (!db.objectStoreNames.contains('outbox')) {
          db.close();
          return resolve(false);
        }
        const count = db.transaction('outbox', 'readonly').objectStore('outbox').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result > 0);
        };
        count.onerror = () => {
          db.close();
          resolve(true);
        };
      } catch {
        db.close();
        resolve(true);
      }
    };
  });
}
