// Mutations of signature images: planning them, and the shot status workflow.
import type { ShotStatus, SignatureImage, StatusChange } from '../domain/signature.ts';
import { MAX_HISTORY, progress } from '../domain/signature.ts';
import { authorizeOnImage } from './authorize.ts';
import { defineMutation } from './define.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import { definedOnly } from './plan.ts';
import type { MutationContext } from './types.ts';
import { reject } from './types.ts';

export const createSignature = defineMutation('signature.create', async (tx, args) => {
  await mustNotExist(tx, 'signature', args.id);
  await mustGet(tx, 'moment', args.momentId, 'momentId');
  if (args.spotId) await mustGet(tx, 'spot', args.spotId, 'spotId');
  await save(tx, 'signature', { ...args, status: 'planned', note: '', history: [] });
});

export const updateSignature = defineMutation('signature.update', async (tx, { id, ...patch }) => {
  const image = await mustGet(tx, 'signature', id);
  if (patch.spotId) await mustGet(tx, 'spot', patch.spotId, 'spotId');
  await save(tx, 'signature', { ...image, ...definedOnly(patch) });
});

/**
 * Moves an image forward. Forward moves commute: if the image is already at or past `to`
 * (another device got there first), this is a no-op, not an error, so arrival order never
 * moves a status backwards. A no-op writes nothing: a note or link it carries that would change
 * the image is refused (`already_at_status`), never written by an accident of arrival order.
 */
export const advanceSignature = defineMutation('signature.advance', async (tx, args, ctx) => {
  const image = await mustGet(tx, 'signature', args.id);
  const moves = progress(args.to) > progress(image.status);
  await authorizeOnImage(tx, 'signature.advance', image, args, ctx, moves ? [] : ['to']);
  const { note, assetUrl } = args;
  if (!moves) {
    const changes =
      (note !== undefined && note !== image.note) || (assetUrl !== undefined && assetUrl !== image.assetUrl);
    if (changes) {
      reject('already_at_status', `already ${image.status}: the note or link was not changed`, {
        status: image.status,
      });
    }
    return;
  }
  let next = moveTo({ ...image, ...definedOnly({ note, assetUrl }) }, args.to, ctx);
  if (progress(args.to) >= progress('captured') && !next.capturedAt) next = captured(next, ctx);
  await save(tx, 'signature', next);
});

/** Sets or replaces the asset link of an image the desk has in hand (captured or later). */
export const linkSignature = defineMutation('signature.link', async (tx, args, ctx) => {
  const image = await mustGet(tx, 'signature', args.id);
  await authorizeOnImage(tx, 'signature.link', image, args, ctx);
  if (image.status === 'missed' || progress(image.status) < progress('captured')) {
    reject('not_captured', `${image.status}: a link goes on a captured image`, { status: image.status });
  }
  await save(tx, 'signature', { ...image, assetUrl: args.assetUrl });
});

/** "Missed", with a reason: only before the image is captured (after that it is the desk's reopen). */
export const missSignature = defineMutation('signature.miss', async (tx, args, ctx) => {
  const image = await mustGet(tx, 'signature', args.id);
  const again = image.status === 'missed';
  await authorizeOnImage(tx, 'signature.miss', image, args, ctx, again ? ['reason'] : []);
  if (again) {
    // Missing twice is the same as once; another reason would be dropped, so it is refused.
    if (args.reason !== image.missedReason) {
      reject('already_at_status', 'already missed: the reason was not changed', { status: 'missed' });
    }
    return;
  }
  if (progress(image.status) >= progress('captured')) {
    reject('already_captured', `already ${image.status}: the desk can reopen it if it is unusable`, {
      status: image.status,
    });
  }
  const next = moveTo(image, 'missed', ctx, args.reason);
  await save(tx, 'signature', { ...next, missedReason: args.reason });
});

/** The explicit backward move, with a reason, recorded in the history: never an accident. */
export const reopenSignature = defineMutation('signature.reopen', async (tx, args, ctx) => {
  const { to, reason } = args;
  const image = await mustGet(tx, 'signature', args.id);
  await authorizeOnImage(tx, 'signature.reopen', image, args, ctx);
  const backwards = image.status === 'missed' || progress(to) < progress(image.status);
  if (!backwards) {
    reject('not_backward', `cannot reopen from ${image.status} to ${to}: not a backward move`, {
      from: image.status,
      to,
    });
  }
  let next = moveTo(image, to, ctx, reason);
  if (progress(to) < progress('captured')) next = uncaptured(next);
  if (image.status === 'missed') {
    const { missedReason: _gone, ...rest } = next;
    next = rest;
  }
  await save(tx, 'signature', next);
});

export const noteSignature = defineMutation('signature.note', async (tx, args, ctx) => {
  const image = await mustGet(tx, 'signature', args.id);
  await authorizeOnImage(tx, 'signature.note', image, args, ctx);
  await save(tx, 'signature', { ...image, note: args.note });
});

/**
 * The move in the image's history: the device's time of the tap (`at`), and on the server its
 * receipt time beside it, with `clockOff` when the device's time cannot be believed (domain/clock.ts).
 */
function moveTo(
  image: SignatureImage,
  to: ShotStatus,
  ctx: MutationContext,
  reason?: string,
): SignatureImage {
  const change: StatusChange = {
    from: image.status,
    to,
    at: ctx.at,
    by: ctx.actor.memberId,
    ...(reason ? { reason } : {}),
    ...received(ctx),
  };
  const { statusReceivedAt: _old, ...rest } = image;
  return {
    ...rest,
    status: to,
    statusAt: ctx.at,
    ...(ctx.receivedAt ? { statusReceivedAt: ctx.receivedAt } : {}),
    statusBy: ctx.actor.memberId,
    history: [...image.history, change].slice(-MAX_HISTORY),
  };
}

function received(ctx: MutationContext): { receivedAt?: string; clockOff?: true } {
  if (!ctx.receivedAt) return {};
  return { receivedAt: ctx.receivedAt, ...(ctx.clockOff ? { clockOff: true as const } : {}) };
}

function captured(image: SignatureImage, ctx: MutationContext): SignatureImage {
  const { receivedAt, clockOff } = received(ctx);
  return {
    ...image,
    capturedAt: ctx.at,
    capturedBy: ctx.actor.memberId,
    ...(receivedAt ? { capturedReceivedAt: receivedAt } : {}),
    ...(clockOff ? { capturedClockOff: clockOff } : {}),
  };
}

function uncaptured(image: SignatureImage): SignatureImage {
  const {
    capturedAt: _at,
    capturedBy: _by,
    capturedReceivedAt: _received,
    capturedClockOff: _off,
    ...rest
  } = image;
  return rest;
}
