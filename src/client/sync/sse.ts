// Server-Sent Events over fetch() streams (EventSource cannot send an Authorization header); the
// parsing is eventsource-parser's (WHATWG HTML §9.2.6), only the reading of the body is ours.
import { createParser } from 'eventsource-parser';

export interface SseEvent {
  /** The `event:` field, `message` when the server named none (as EventSource does). */
  event: string;
  /** The `data:` lines, joined by `\n`. */
  data: string;
}

/**
 * Feeds text chunks (split anywhere, even mid-line or between `\r` and `\n`) and calls `onEvent`
 * per complete event (WHATWG HTML §9.2.6 "Interpreting an event stream": `event:`/`data:` fields,
 * multi-line data, `:` comments ignored, CR, LF or CRLF line ends, an event ends at a blank line).
 */
export function createSseParser(onEvent: (event: SseEvent) => void): (chunk: string) => void {
  const parser = createParser({
    onEvent: ({ event, data }) => onEvent({ event: event ?? 'message', data }),
  });
  return (chunk) => parser.feed(chunk);
}

/**
 * Reads a response body to its end, feeding the parser. `onChunk` hears every chunk (heartbeat
 * comments included); aborting `signal` cancels the read, which then ends quietly.
 */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: SseEvent) => void,
  options: { signal?: AbortSignal; onChunk?: () => void } = {},
): Promise<void> {
  const feed = createSseParser(onEvent);
  const decoder = new TextDecoder();
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    while (!options.signal?.aborted) {
      const { done, value } = await reader.read();
      if (done) break;
      options.onChunk?.();
      feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}
