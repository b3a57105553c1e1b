// The triangle (sport, site, public) and, at the Paralympics, the square (plus disability).
import { z } from 'zod';
import { text } from './common.ts';
import { SIDES, sidesOf } from './sides.ts';

// Defined without zod so screens import them without the schemas (issue #14).
export { SIDES, sidesOf };

export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

/** One short brief per side of the angle: what the image should show of it. */
export const AngleTargets = z.object({
  sport: text(500),
  site: text(500),
  public: text(500),
  /** Only on Paralympic moments: disability as the attribute that explains the performance. */
  disability: text(500).optional(),
});
export type AngleTargets = z.infer<typeof AngleTargets>;
