// Limits of the sync API, documented in the README: past them a request gets 413 or 400.

/** Largest push or pull body the server reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Most mutations in one push; the client sends its outbox in batches of this size. */
export const MAX_MUTATIONS_PER_PUSH = 200;

/** The client's periodic pull, in case a poke was lost. */
export const PULL_INTERVAL_MS = 60_000;
