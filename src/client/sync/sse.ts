// A Server-Sent Events parser for fetch() streams (EventSource cannot send an Authorization header).

export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Feeds text chunks (split anywhere, even mid-line) and calls `onEvent` per complete event,
 * following the WHATWG rules we need: `event:`/`data:` fields, multi-line data, comments (`:`)
 * ignored, CRLF or LF line ends; an event ends at a blank line.
 */
export function createSseParser(onEvent: (event: SseEvent) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  const line = (text: string) => {
    if (text === '') {
      if (data.length) onEvent({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };
  return (chunk) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.search(/\r\n|\n|\r/)) !== -1) {
      // A lone \r at the very end may be half of a \r\n split across chunks: wait for the next one.
      if (buffer[end] === '\r' && end === buffer.length - 1) break;
      const sep = buffer.startsWith('\r\n', end) ? 2 : 1;
      line(buffer.slice(0, end));
      buffer = buffer.slice(end + sep);
    }
  };
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
