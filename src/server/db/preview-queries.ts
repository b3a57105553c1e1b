// Preview bytes in the database (table `previews`, migration 0003): write once, read many; any dialect.
import type { Kysely } from 'kysely';
import type { PreviewStore, StoredPreview } from './ports/previews.ts';

export interface PreviewsTable {
  id: string;
  signature_id: string;
  /** The member whose device uploaded it. */
  member_id: string;
  content_type: string;
  size: number;
  bytes: Uint8Array;
  created_at: string;
}

/**
 * `serial` is the store's writer queue (SQLite takes one writer at a time). A preview is immutable
 * once stored: its id is a UUID made on the phone, so a retried upload never rewrites bytes.
 */
export function createPreviewQueries<DB>(
  base: Kysely<DB>,
  serial: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
): PreviewStore {
  // The table is this module's own: added to the schema type here, not in the shared schema.ts.
  const db = base.withTables<{ previews: PreviewsTable }>() as unknown as Kysely<{ previews: PreviewsTable }>;
  const get = async (id: string): Promise<StoredPreview | undefined> => {
    const row = await db.selectFrom('previews').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      signatureId: row.signature_id,
      memberId: row.member_id,
      contentType: row.content_type,
      bytes: new Uint8Array(row.bytes),
      createdAt: row.created_at,
    };
  };
  return {
    get,
    put: (preview) =>
      serial(async () => {
        const inserted = await db
          .insertInto('previews')
          .values({
            id: preview.id,
            signature_id: preview.signatureId,
            member_id: preview.memberId,
            content_type: preview.contentType,
            size: preview.bytes.byteLength,
            bytes: preview.bytes,
            created_at: preview.createdAt,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return 'created';
        const existing = await get(preview.id);
        if (existing?.signatureId !== preview.signatureId) return 'conflict';
        return Buffer.from(existing.bytes).equals(Buffer.from(preview.bytes)) ? 'exists' : 'different';
      }),
  };
}
