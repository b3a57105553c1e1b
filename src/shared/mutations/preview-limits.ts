// Limits of a phone snapshot (size, type), without zod: the camera screen reads them before any schema loads.

/** Longest edge of a snapshot, in pixels: the phone resizes before storing (a preview, not the asset). */
export const MAX_PREVIEW_EDGE = 1600;
/** Largest preview upload (PUT /api/previews/:id): a 1600 px JPEG is usually 200–600 KB. */
export const MAX_PREVIEW_BYTES = 3 * 1024 * 1024;
/** The one type a snapshot is stored and uploaded as (RFC 2046 media type). */
export const PREVIEW_CONTENT_TYPE = 'image/jpeg';
