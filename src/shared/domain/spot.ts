// Spot and access request: where the creator stands, and the permission it may need.
import { z } from 'zod';
import { Bearing, Id, Instant, LatLng, label, line, text } from './common.ts';

export const Spot = z.object({
  id: Id,
  momentId: Id,
  label: label(120),
  /** Stand, row, balcony of number 12, roof access door... */
  description: text(1000),
  camera: LatLng,
  subject: LatLng.optional(),
  /** Direction the creator shoots; derived from camera and subject when both are known. */
  bearing: Bearing.optional(),
});
export type Spot = z.infer<typeof Spot>;

export const AccessKind = z.enum(['balcony', 'roof', 'monument', 'boat', 'venue', 'other']);
export type AccessKind = z.infer<typeof AccessKind>;

export const AccessStatus = z.enum(['to-ask', 'asked', 'granted', 'refused']);
export type AccessStatus = z.infer<typeof AccessStatus>;

export const AccessRequest = z.object({
  id: Id,
  spotId: Id,
  kind: AccessKind,
  contactName: label(120),
  /** Sensitive (a resident's phone): only the team reads it. */
  contactPhone: line(40),
  status: AccessStatus,
  expiresAt: Instant.optional(),
  notes: text(1000),
  /** Set by the server when this reader may not see the contact (placeholder name, empty phone). */
  redacted: z.boolean().optional(),
});
export type AccessRequest = z.infer<typeof AccessRequest>;
