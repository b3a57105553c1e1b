// Failed sign-ins per address: invite tokens cannot be guessed, but a flood of attempts should still stop.
import { ApiError } from '../errors.ts';

export interface FailureLimiter {
  /** Throws 429 rate_limited while `key` has too many recent failures. */
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
        const minutes = Math.ceil((times[0]! + windowMs - clock()) / 60_000);
        throw new ApiError(
          429,
          'rate_limited',
          `too many failed sign-ins from this address: try again in ${minutes} min`,
        );
      }
    },
    fail(key) {
      failures.set(key, [...recent(key), clock()]);
    },
  };
}
