// Building blocks of every entity schema: ids, dates, times, positions.
import { z } from 'zod';

/** Every entity has a UUID made where it was created (client or server), so creation works offline. */
export const Id = z.uuid({ error: 'must be a UUID' });
export type Id = z.infer<typeof Id>;

/** An instant, always stored in UTC (ISO 8601 with offset); shown in the venue's time zone. */
export const Instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });
export type Instant = z.infer<typeof Instant>;

/** A calendar day of the Games (YYYY-MM-DD), in the edition's home time zone. */
export const Day = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
export type Day = z.infer<typeof Day>;

/** An IANA time zone such as Europe/Paris or Pacific/Tahiti. */
export const TimeZone = z.string().refine(isTimeZone, { error: 'must be an IANA time zone' });

export const LatLng = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type LatLng = z.infer<typeof LatLng>;

/** Compass bearing in degrees, 0 = north, clockwise. */
export const Bearing = z.number().min(0).lt(360);

/** Free text typed by a person: trimmed, bounded so one field cannot bloat every replica. */
export const text = (max: number) => z.string().trim().max(max);
export const label = (max = 200) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
