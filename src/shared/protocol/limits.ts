// Limits of the sync API, documented in the README: past them a request gets 413 or 400.

/** Largest push or pull body the server reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Most mutations in one push; the client sends its outbox in batches of this size. */
export const MAX_MUTATIONS_PER_PUSH = 200;

/** The client's periodic pull, in case a poke was lost. */
export const PULL_INTERVAL_MS = 60_000;

/**
 * Largest JSON of a rejected mutation's args the server keeps and hands back (UTF-8 bytes). Past
 * it the args become `{ $truncated: { bytes, head } }`: the original size and its first
 * TRUNCATED_HEAD_CHARS characters of JSON, so a person still sees what it was.
 */
export const MAX_STORED_ARGS_BYTES = 2048;
export const TRUNCATED_HEAD_CHARS = 512;

/**
 * Most rejections the server keeps per client (device). A new one past it merges the two oldest
 * into one entry with the code `rejections_dropped` and `params.count` = how many it stands for,
 * so pull stays bounded (at most this many entries) and the phone can say how many were dropped.
 */
export const MAX_STORED_REJECTIONS = 100;

/** Longest English reason kept with a rejection. */
export const MAX_REASON_CHARS = 1000;

/**
 * Largest patch a poke carries (bytes of its JSON rows, R15): a tap's rows are far below it; a
 * bigger push (an import, a schedule feed) pokes without rows and every device pulls, compressed.
 */
export const MAX_POKE_PATCH_BYTES = 32 * 1024;
