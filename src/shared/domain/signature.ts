// SignatureImage: an image identified in advance, and its shot status workflow.
import { z } from 'zod';
import { Side } from './angles.ts';
import { Id, Instant, label, line, text } from './common.ts';
import { progress, SHOT_STATUSES } from './status-order.ts';

// Defined without zod so screens import them without the schemas (issue #14).
export { progress, SHOT_STATUSES };

export const ShotStatus = z.enum(SHOT_STATUSES);
export type ShotStatus = z.infer<typeof ShotStatus>;

/** Statuses a forward move may reach. */
export const ForwardStatus = z.enum(['in-position', 'captured', 'selected', 'published']);
export type ForwardStatus = z.infer<typeof ForwardStatus>;

export const StatusChange = z.object({
  from: ShotStatus,
  to: ShotStatus,
  at: Instant,
  by: Id,
  reason: line(500).optional(),
  /** When the server received the change (server clock); absent until synced, and on older entries. */
  receivedAt: Instant.optional(),
  /** Set by the server when `at` (the device's clock) cannot be the time of the tap: show `receivedAt`. */
  clockOff: z.literal(true).optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** Status history kept on the image so a backward move is always visible; capped. */
export const MAX_HISTORY = 50;

export const SignatureImage = z.object({
  id: Id,
  momentId: Id,
  spotId: Id.optional(),
  title: label(),
  description: text(1000),
  sides: z.array(Side).max(4),
  /** Cross-post production: the partner co-producing it (a sponsor, a museum, the police). */
  partner: line(120).optional(),
  status: ShotStatus,
  /** When the last status move was tapped (the device's clock); `statusReceivedAt`: when the server got it. */
  statusAt: Instant.optional(),
  statusReceivedAt: Instant.optional(),
  statusBy: Id.optional(),
  capturedBy: Id.optional(),
  /** When the capture was tapped (the device's clock), when the server got it, and whether that clock was off. */
  capturedAt: Instant.optional(),
  capturedReceivedAt: Instant.optional(),
  capturedClockOff: z.literal(true).optional(),
  missedReason: line(500).optional(),
  note: text(1000),
  /** Link to the asset in the media library, set at the desk. */
  assetUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(2048)
    .optional(),
  /** A phone snapshot for the desk (GET /api/previews/:previewId); optional: older rows have none. */
  previewId: Id.optional(),
  /** Who linked that snapshot (the phone that holds it until it is uploaded); older rows have none. */
  previewBy: Id.optional(),
  history: z.array(StatusChange).max(MAX_HISTORY),
});
export type SignatureImage = z.infer<typeof SignatureImage>;
