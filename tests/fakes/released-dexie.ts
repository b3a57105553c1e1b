// The phone's database as past releases declared it: upgrade tests open it to hold an older phone's rows.
import { Dexie } from 'dexie';

/**
 * Schemas as shipped (src/client/storage/dexie-db.ts, versions 1-4), written out here on purpose:
 * an upgrade test must not follow an edit of the code it checks. Versions are never edited once
 * shipped, so this list only grows.
 */
const RELEASED: ((db: Dexie) => void)[] = [
  (db) =>
    db.version(1).stores({
      base: '[kind+id], kind',
      view: '[kind+id], kind',
      outbox: 'id',
      rejections: 'id',
      meta: 'key',
    }),
  (db) => db.version(2).stores({ previews: 'previewId' }),
  (db) => db.version(3).stores({ snapshots: 'previewId', snapshotBytes: 'previewId' }),
  (db) =>
    db.version(4).stores({
      view: '[kind+id], kind, [kind+value.day], [kind+value.momentId], [kind+value.memberId], [kind+value.spotId]',
    }),
];

/** A Dexie database `name` declared as the release whose schema was `version` (1-4) left it. */
export function openAsReleased(name: string, version: 1 | 2 | 3 | 4): Dexie {
  const db = new Dexie(name);
  for (const declare of RELEASED.slice(0, version)) declare(db);
  return db;
}
