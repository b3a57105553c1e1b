// Mutations of signature images: planning them, and the shot status workflow.
import { z } from 'zod';
import { Side } from '../domain/angles.ts';
import { Id, label, text } from '../domain/common.ts';
import type { ShotStatus, SignatureImage } from '../domain/signature.ts';
import {
  ForwardStatus,
  MAX_HISTORY,
  progress,
  SignatureImage as SignatureSchema,
} from '../domain/signature.ts';
import { isAssigned, mustGet, mustNotExist, save } from './helpers.ts';
import { definedOnly } from './plan.ts';
import type { MutationContext, WriteTx } from './types.ts';
import { defineMutation, reject } from './types.ts';

const ALL = ['admin', 'planner', 'editor', 'creator'] as const;
const DESK = ['admin', 'planner', 'editor'] as const;

const SignatureFields = z.object({
  spotId: Id.optional(),
  title: label(),
  description: text(1000),
  sides: z.array(Side).max(4),
  partner: text(120).optional(),
});

export const createSignature = defineMutation({
  name: 'signature.create',
  args: SignatureFields.extend({ id: Id, momentId: Id }),
  roles: ['admin', 'planner'],
  async run(tx, args) {
    await mustNotExist(tx, 'signature', args.id);
    await mustGet(tx, 'moment', args.momentId);
    if (args.spotId) await mustGet(tx, 'spot', args.spotId);
    await save(tx, 'signature', { ...args, status: 'planned', note: '', history: [] });
  },
});

export const updateSignature = defineMutation({
  name: 'signature.update',
  args: SignatureFields.partial().extend({ id: Id }),
  roles: ['admin', 'planner'],
  async run(tx, { id, ...patch }) {
    const image = await mustGet(tx, 'signature', id);
    if (patch.spotId) await mustGet(tx, 'spot', patch.spotId);
    await save(tx, 'signature', { ...image, ...definedOnly(patch) });
  },
});

/** Creators may reach these statuses themselves; the rest is the desk's. */
const CREATOR_STATUSES: readonly ShotStatus[] = ['in-position', 'captured'];

/**
 * Moves an image forward. Forward moves commute: if the image is already at or past `to`
 * (another device got there first), this is a no-op, not an error, so arrival order never
 * moves a status backwards.
 */
export const advanceSignature = defineMutation({
  name: 'signature.advance',
  args: z.object({
    id: Id,
    to: ForwardStatus,
    note: text(1000).optional(),
    assetUrl: SignatureSchema.shape.assetUrl,
  }),
  roles: ALL,
  async run(tx, { id, to, note, assetUrl }, ctx) {
    const image = await mustGet(tx, 'signature', id);
    await checkImageRights(tx, image, ctx, to);
    let next: SignatureImage = { ...image, ...definedOnly({ note, assetUrl }) };
    if (progress(to) > progress(image.status)) {
      next = moveTo(next, to, ctx);
      if (progress(to) >= progress('captured') && !next.capturedAt) {
        next = { ...next, capturedAt: ctx.at, capturedBy: ctx.actor.memberId };
      }
    }
    await save(tx, 'signature', next);
  },
});

/** "Missed", with a reason: only before the image is captured (after that it is the desk's reopen). */
export const missSignature = defineMutation({
  name: 'signature.miss',
  args: z.object({ id: Id, reason: label(500) }),
  roles: ALL,
  async run(tx, { id, reason }, ctx) {
    const image = await mustGet(tx, 'signature', id);
    await checkImageRights(tx, image, ctx, 'missed');
    if (image.status === 'missed') return;
    if (progress(image.status) >= progress('captured')) {
      reject('invalid_state', `already ${image.status}: the desk can reopen it if it is unusable`);
    }
    await save(tx, 'signature', { ...moveTo(image, 'missed', ctx, reason), missedReason: reason });
  },
});

/** The explicit backward move, with a reason, recorded in the history: never an accident. */
export const reopenSignature = defineMutation({
  name: 'signature.reopen',
  args: z.object({
    id: Id,
    to: z.enum(['planned', 'in-position', 'captured', 'selected']),
    reason: label(500),
  }),
  roles: DESK,
  async run(tx, { id, to, reason }, ctx) {
    const image = await mustGet(tx, 'signature', id);
    const backwards = image.status === 'missed' || progress(to) < progress(image.status);
    if (!backwards)
      reject('invalid_state', `cannot reopen from ${image.status} to ${to}: not a backward move`);
    let next = moveTo(image, to, ctx, reason);
    if (progress(to) < progress('captured')) next = { ...next, capturedAt: undefined, capturedBy: undefined };
    if (image.status === 'missed') next = { ...next, missedReason: undefined };
    await save(tx, 'signature', next);
  },
});

export const noteSignature = defineMutation({
  name: 'signature.note',
  args: z.object({ id: Id, note: text(1000) }),
  roles: ALL,
  async run(tx, { id, note }, ctx) {
    const image = await mustGet(tx, 'signature', id);
    await checkImageRights(tx, image, ctx, image.status);
    await save(tx, 'signature', { ...image, note });
  },
});

/** A creator acts only on images of moments they are assigned to, and only up to "captured". */
async function checkImageRights(
  tx: WriteTx,
  image: SignatureImage,
  ctx: MutationContext,
  to: ShotStatus,
): Promise<void> {
  if (ctx.actor.role !== 'creator') return;
  if (!(await isAssigned(tx, ctx.actor.memberId, image.momentId))) {
    reject('forbidden', 'you are not assigned to this moment');
  }
  if (to !== image.status && to !== 'missed' && !CREATOR_STATUSES.includes(to)) {
    reject('forbidden', `only the desk marks an image ${to}`);
  }
}

function moveTo(
  image: SignatureImage,
  to: ShotStatus,
  ctx: MutationContext,
  reason?: string,
): SignatureImage {
  const change = {
    from: image.status,
    to,
    at: ctx.at,
    by: ctx.actor.memberId,
    ...(reason ? { reason } : {}),
  };
  return {
    ...image,
    status: to,
    statusAt: ctx.at,
    statusBy: ctx.actor.memberId,
    history: [...image.history, change].slice(-MAX_HISTORY),
  };
}
