// The args the server keeps of a rejected mutation: as received when small, else a marker with their size and head.
import { MAX_STORED_ARGS_BYTES, TRUNCATED_HEAD_CHARS } from './limits.ts';

/** What stands for args too large to keep: their size in UTF-8 bytes and the start of their JSON. */
export interface TruncatedArgs {
  $truncated: { bytes: number; head: string };
}

/**
 * `args` if their JSON is at most MAX_STORED_ARGS_BYTES (UTF-8), else a TruncatedArgs marker.
 * `undefined` becomes null (the log column holds JSON). Pure, so both sides agree on the marker.
 */
export function boundedArgs(args: unknown): unknown {
  const json = JSON.stringify(args ?? null);
  const bytes = utf8Length(json);
  if (bytes <= MAX_STORED_ARGS_BYTES) return args ?? null;
  let head = json.slice(0, TRUNCATED_HEAD_CHARS);
  // Never end on half of a surrogate pair: the head must stay valid text.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return { $truncated: { bytes, head } } satisfies TruncatedArgs;
}

/** True when args are the server's marker for args too large to keep. */
export function isTruncatedArgs(args: unknown): args is TruncatedArgs {
  const marker = (args as { $truncated?: unknown } | null)?.$truncated;
  return (
    typeof marker === 'object' && marker !== null && typeof (marker as { bytes?: unknown }).bytes === 'number'
  );
}

/** Length of `text` in UTF-8 bytes, without TextEncoder (src/shared has no DOM or Node types). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
