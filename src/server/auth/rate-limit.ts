// Failed sign-ins per address: invite tokens cannot be guessed, but a flood of attempts should still stop.
import { ApiError } from '../errors.ts';

export interface FailureLimiter {
  /** Throws 429 rate_limited (with its Retry-After in seconds) while `key` has too many recent failures. */
  check(key: string): void;
  fail(key: string): void;
}

export function createFailureLimiter(
  max = 20,
  windowMs = 10 * 60_000,
  clock = () => Date.now(),
): FailureLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = clock() - windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  return {
    check(key) {
      const times = recent(key);
      if (times.length >= max) {
        // The oldest failure leaves the window first: then one more attempt is allowed.
        const waitMs = times[0]! + windowMs - clock();
        const minutes = Math.ceil(waitMs / 60_000);
        throw new ApiError(
          429,
          'rate_limited',
          `too many failed sign-ins from this address: try again in ${minutes} min`,
          waitMs / 1000,
        );
      }
    },
    fail(key) {
      failures.set(key, [...recent(key), clock()]);
    },
  };
}
