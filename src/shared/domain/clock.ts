// Device clocks: the time of a tap as the phone said it, checked against when the server received it.

/** How far ahead of the server's clock a device may be before its time is not believed (2 min). */
export const MAX_CLOCK_SKEW_MS = 2 * 60_000;

/**
 * Whether a device's `at` cannot be the time of its tap: more than MAX_CLOCK_SKEW_MS after the
 * server received it (a tap cannot come from the future), or more than that before the device
 * signed in (a device cannot tap before it exists). All arguments are ISO 8601 instants; an
 * unknown `signedInAt` (the system client, tests) skips the second check.
 */
export function isClockOff(at: string, receivedAt: string, signedInAt?: string | null): boolean {
  const tapped = Date.parse(at);
  if (tapped > Date.parse(receivedAt) + MAX_CLOCK_SKEW_MS) return true;
  return signedInAt != null && tapped < Date.parse(signedInAt) - MAX_CLOCK_SKEW_MS;
}

/** A recorded tap: the device's time, and what the server stamped beside it (absent until synced). */
export interface Stamped {
  at: string;
  receivedAt?: string | undefined;
  clockOff?: boolean | undefined;
}

/**
 * The time to show for a tap: the device's `at`, unless the server found that clock off (or `at` is
 * in the future of the receipt), then the receipt time, with `source: 'server'` so screens mark it.
 * A tap not yet synced has no receipt: its own device's time is all there is (`source: 'device'`).
 */
export function tapTime(stamp: Stamped): { time: string; source: 'device' | 'server' } {
  const { at, receivedAt } = stamp;
  if (receivedAt !== undefined && (stamp.clockOff || isClockOff(at, receivedAt))) {
    return { time: receivedAt, source: 'server' };
  }
  return { time: at, source: 'device' };
}
