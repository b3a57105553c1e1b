// The previews port: phone snapshots of signature images (bytes), kept apart from the synced rows.
/** A preview as stored; `createdAt` is ISO 8601 UTC (server clock). */
export interface StoredPreview {
  /** A UUID made on the phone: a new snapshot gets a new id. */
  id: string;
  signatureId: string;
  /** The member whose device uploaded it. */
  memberId: string;
  /** A MIME type, e.g. image/jpeg. */
  contentType: string;
  bytes: Uint8Array;
  createdAt: string;
}

/**
 * 'exists': the same id already holds the same bytes for the same image (a retried upload);
 * 'conflict': the id belongs to another image; 'different': same id and image, other bytes
 * (a preview never changes: the phone makes a new id for a new snapshot).
 */
export type PutPreviewOutcome = 'created' | 'exists' | 'conflict' | 'different';

/**
 * Write once, read many: a stored preview's bytes never change, so a retried upload is idempotent
 * (R1's spirit for bytes). Bytes come back exactly, every byte value included. Refusals are
 * outcomes; only a storage fault throws.
 */
export interface PreviewStore {
  put(preview: StoredPreview): Promise<PutPreviewOutcome>;
  /** The preview with this id, or undefined. */
  get(id: string): Promise<StoredPreview | undefined>;
}
