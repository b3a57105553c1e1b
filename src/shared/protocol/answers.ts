// The JSON answers of the HTTP API besides sync (config, calendar links, errors), as the phone parses them.
import { z } from 'zod';

/**
 * Any refusal's body (`ApiError` on the server: `{ error, message }`). Only the English `message` is
 * read here; sync requests parse the stricter `ErrorBody` of messages.ts.
 */
export const ApiMessage = z.object({ message: z.string() });

/** The map tile server the phone uses (GET /api/config `tiles`); `allowBulk` false when absent. */
export const TileSettingsAnswer = z.object({
  url: z.string().min(1),
  attribution: z.string(),
  allowBulk: z.boolean().default(false),
});
export type TileSettingsAnswer = z.infer<typeof TileSettingsAnswer>;

/** GET /api/config: public settings, no secret (see server/http/routes/config.ts). */
export const ConfigAnswer = z.object({ tiles: TileSettingsAnswer });

/** POST /api/calendar/feeds (201): the member's new calendar URL, shown once. */
export const CalendarFeedAnswer = z.object({
  memberId: z.string(),
  path: z.string(),
  url: z.string().min(1),
});
