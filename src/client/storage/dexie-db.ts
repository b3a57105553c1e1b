// The Dexie database of the local store: its versioned schema and its row types.
import type { EntityTable, Table } from 'dexie';
import { Dexie } from 'dexie';
import { DEFAULT_DB_NAME } from './dexie-db-name.ts';
import type { Kind } from '../../shared/domain/entities.ts';
import type { StoredRejection, SyncMeta } from './port.ts';
import type { LocalPreview } from './previews.ts';
import type { LegacyPreview } from './previews-dexie.ts';
import type { OutboxEntry } from './tables.ts';
import { initialMeta } from './tables.ts';

export { DEFAULT_DB_NAME };

export interface RowRecord {
  kind: Kind;
  id: string;
  value: unknown;
}

export interface MetaRecord extends SyncMeta {
  key: 'sync';
}

export type PlanDb = Dexie & {
  base: Table<RowRecord, [Kind, string]>;
  view: Table<RowRecord, [Kind, string]>;
  outbox: EntityTable<OutboxEntry, 'id'>;
  rejections: EntityTable<StoredRejection, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
  /** Schema 2: snapshots with their bytes inline; read and removed, never written any more. */
  previews: EntityTable<LegacyPreview, 'previewId'>;
  /** Schema 3: each snapshot's upload state (its bytes are in the Cache API). */
  snapshots: EntityTable<LocalPreview, 'previewId'>;
  /** Schema 3: snapshot bytes where the Cache API is missing. */
  snapshotBytes: EntityTable<{ previewId: string; bytes: ArrayBuffer; type: string }, 'previewId'>;
};

export interface DexieDbOptions {
  name?: string;
  /** An IDBFactory and IDBKeyRange (fake-indexeddb in Node tests); the browser's by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function openPlanDb(options: DexieDbOptions = {}): PlanDb {
  const dexieOptions =
    options.indexedDB && options.IDBKeyRange
      ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
      : {};
  const db = new Dexie(options.name ?? DEFAULT_DB_NAME, dexieOptions) as PlanDb;
  // Versions are never edited once shipped: a change is a new db.version(n) with an upgrade.
  db.version(1).stores({
    base: '[kind+id], kind',
    view: '[kind+id], kind',
    outbox: 'id',
    rejections: 'id',
    meta: 'key',
  });
  // Version 2: phone snapshots waiting to reach the desk (previews-dexie.ts); version 1 is unchanged.
  db.version(2).stores({ previews: 'previewId' });
  // Version 3: snapshots as a queue, states apart from bytes (previews-dexie.ts). No upgrade step:
  // a full phone could not afford one; version-2 rows are read where they are until uploaded.
  db.version(3).stores({ snapshots: 'previewId', snapshotBytes: 'previewId' });
  // Version 4: the view indexed by the fields screens read by (a day's moments, a moment's spots,
  // images and assignments, a member's assignments, a spot's access), so each screen reads only
  // what it shows (issue #14). IndexedDB builds the new indexes itself: no row moves, the outbox
  // and the base are untouched.
  db.version(4).stores({
    view: '[kind+id], kind, [kind+value.day], [kind+value.momentId], [kind+value.memberId], [kind+value.spotId]',
  });
  // Version 5: the outbox indexed by the id each change names (`args.id`), so a screen asks which
  // rows have a change waiting (and how many changes wait) without reading every entry at each tap
  // (issue #14). IndexedDB builds the index itself; an entry without a string `args.id` is simply
  // not in it. No row moves: the outbox, base and view stay as version 4 left them.
  db.version(5).stores({ outbox: 'id, args.id' });
  // The clientID is made once, when the database is created, and lives as long as it does.
  db.on('populate', (tx) => {
    void tx.table('meta').add({ key: 'sync', ...initialMeta(crypto.randomUUID()) });
  });
  return db;
}
