// Mutations of signature-image previews: a phone snapshot linked to its image; the bytes travel apart (PUT /api/previews/:id).
import { authorizeOnImage } from './authorize.ts';
import { defineMutation } from './define.ts';
import { mustGet, save } from './helpers.ts';
import { MAX_PREVIEW_BYTES, MAX_PREVIEW_EDGE, PREVIEW_CONTENT_TYPE } from './preview-limits.ts';

// Defined without zod so the phone's screens import them without the schemas (issue #14).
export { MAX_PREVIEW_BYTES, MAX_PREVIEW_EDGE, PREVIEW_CONTENT_TYPE };

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
