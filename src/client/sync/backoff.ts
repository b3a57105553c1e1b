// Exponential backoff with jitter for retries after network failures, capped at 30 s.

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 30_000;

/**
 * Delay before retry number `attempt` (1, 2, 3…): base·2^(attempt-1) capped, then "equal jitter"
 * (half fixed, half random) so a venue's 30 phones coming back online do not retry in lockstep.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
