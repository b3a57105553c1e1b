// Mutations of signature-image previews: a phone snapshot linked to its image; the bytes travel apart (PUT /api/previews/:id).
import { z } from 'zod';
import { Id } from '../domain/common.ts';
import { isAssigned, mustGet, save } from './helpers.ts';
import { defineMutation, reject } from './types.ts';

/**
 * Links a preview to a signature image. The snapshot is stored on the phone and uploaded
 * separately; this mutation syncs through the normal outbox, so the desk learns a preview exists
 * (and shows "preview on its way") even before the bytes land. A newer snapshot replaces the
 * older one; `previewBy` says whose phone holds it. Who may: the desk, or a creator assigned to the image's moment; the status is untouched.
 */
export const previewSignature = defineMutation({
  name: 'signature.preview',
  args: z.object({ id: Id, previewId: Id }),
  roles: ['admin', 'planner', 'editor', 'creator'],
  async run(tx, { id, previewId }, ctx) {
    const image = await mustGet(tx, 'signature', id);
    if (ctx.actor.role === 'creator' && !(await isAssigned(tx, ctx.actor.memberId, image.momentId))) {
      reject('forbidden', 'you are not assigned to this moment');
    }
    await save(tx, 'signature', { ...image, previewId, previewBy: ctx.actor.memberId });
  },
});

/** Longest edge of a snapshot, in pixels: the phone resizes before storing (a preview, not the asset). */
export const MAX_PREVIEW_EDGE = 1600;
/** Largest preview upload (PUT /api/previews/:id): a 1600 px JPEG is usually 200–600 KB. */
export const MAX_PREVIEW_BYTES = 3 * 1024 * 1024;
export const PREVIEW_CONTENT_TYPE = 'image/jpeg';
