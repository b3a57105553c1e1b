// Edition and venue: the Olympic or Paralympic Games, and the places where they happen.
import { z } from 'zod';
import { Day, Id, LatLng, TimeZone, label, line } from './common.ts';

/** The Olympics and the Paralympics are two editions with their own days; the Paralympic plan uses the square. */
export const EditionType = z.enum(['olympic', 'paralympic']);
export type EditionType = z.infer<typeof EditionType>;

export const Edition = z.object({
  id: Id,
  type: EditionType,
  name: label(),
  startDay: Day,
  endDay: Day,
  /** Home time zone of the organiser: a plan's "day" is a day here. */
  timeZone: TimeZone,
});
export type Edition = z.infer<typeof Edition>;

/** An ODF venue or location code: 1 to 10 capitals, digits, `_` or `-` (ODF common codes are 3). */
export const OdfCode = line(10)
  .toUpperCase()
  .regex(/^[A-Z0-9_-]{1,10}$/, { error: 'must be an ODF code: 1 to 10 letters, digits, _ or -' });

export const Venue = z.object({
  id: Id,
  name: label(),
  city: label(),
  position: LatLng,
  /** Times of moments at this venue are shown in this zone (Teahupo'o is UTC-10). */
  timeZone: TimeZone,
  /**
   * The official feed's venue and location codes (ODF `Venue` / `Location`, e.g. "TEA") that mean
   * this venue: the table an admin edits at the stand-up (`venue.codes`). One code, one venue.
   */
  odfCodes: z.array(OdfCode).max(20).optional(),
});
export type Venue = z.infer<typeof Venue>;
