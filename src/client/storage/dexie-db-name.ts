// The name of the phone's database, apart from Dexie so the service worker can read it without Dexie.
export const DEFAULT_DB_NAME = 'plan-de-jeu';
