// Mutations of signature-image previews: a phone snapshot linked to its image; the bytes travel apart (PUT /api/previews/:id).
import { authorizeOnImage } from './authorize.ts';
import { defineMutation } from './define.ts';
import { mustGet, save } from './helpers.ts';

/**
 * Links a preview to a signature image. The snapshot is stored on the phone and uploaded
 * separately; this mutation syncs through the normal outbox, so the desk learns a preview exists
 * (and shows "preview on its way") even before the bytes land. A newer snapshot replaces the
 * older one. Who may: RIGHTS (the desk, or an assigned creator until the image is selected); the
 * status is untouched.
 * `previewBy` says whose phone holds it.
 */
export const previewSignature = defineMutation('signature.preview', async (tx, args, ctx) => {
  const image = await mustGet(tx, 'signature', args.id);
  await authorizeOnImage(tx, 'signature.preview', image, args, ctx);
  await save(tx, 'signature', { ...image, previewId: args.previewId, previewBy: ctx.actor.memberId });
});

/** Longest edge of a snapshot, in pixels: the phone resizes before storing (a preview, not the asset). */
export const MAX_PREVIEW_EDGE = 1600;
/** Largest preview upload (PUT /api/previews/:id): a 1600 px JPEG is usually 200–600 KB. */
export const MAX_PREVIEW_BYTES = 3 * 1024 * 1024;
export const PREVIEW_CONTENT_TYPE = 'image/jpeg';
