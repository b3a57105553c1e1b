// SignatureImage: an image identified in advance, and its shot status workflow.
import { z } from 'zod';
import { Side } from './angles.ts';
import { Id, Instant, label, line, text } from './common.ts';

/** planned → in-position → captured → selected → published, plus missed. */
export const SHOT_STATUSES = [
  'planned',
  'in-position',
  'captured',
  'selected',
  'published',
  'missed',
] as const;
export const ShotStatus = z.enum(SHOT_STATUSES);
export type ShotStatus = z.infer<typeof ShotStatus>;

/** Statuses a forward move may reach. */
export const ForwardStatus = z.enum(['in-position', 'captured', 'selected', 'published']);
export type ForwardStatus = z.infer<typeof ForwardStatus>;

/**
 * Progress rank of a status. Forward moves only ever raise it, so they commute: a late
 * "captured" never overwrites "selected". "missed" sits between in-position and captured:
 * an image captured after all supersedes "missed", while a late "in-position" does not undo it.
 */
export function progress(status: ShotStatus): number {
  switch (status) {
    case 'planned':
      return 0;
    case 'in-position':
      return 1;
    case 'missed':
      return 1.5;
    case 'captured':
      return 2;
    case 'selected':
      return 3;
    case 'published':
      return 4;
  }
}

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
