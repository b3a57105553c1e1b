// Server-Sent Events streams: open ones are tracked so shutdown can end them (else the server never closes).
import type { ServerResponse } from 'node:http';

/** Proxies close idle connections after 30–60 s: a comment every 25 s keeps the stream open. */
export const HEARTBEAT_MS = 25_000;

export interface SseHub {
  /** Starts an event stream on `res`; returns `send` for events and `close` to end it. */
  open(res: ServerResponse, onClose: () => void): { send(event: string, data: unknown): void; close(): void };
  closeAll(): void;
  readonly size: number;
}

export function createSseHub(heartbeatMs = HEARTBEAT_MS): SseHub {
  const open = new Set<() => void>();
  return {
    open(res, onClose) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx would otherwise buffer the stream and delay pokes.
        'x-accel-buffering': 'no',
      });
      res.write('retry: 5000\n\n');
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        open.delete(close);
        onClose();
        // A hijacked socket is never reused: destroy it, else the server counts it open at shutdown.
        if (res.writableEnded) res.socket?.destroy();
        else res.end(() => res.socket?.destroy());
      };
      open.add(close);
      res.on('close', close);
      return {
        send(event, data) {
          if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        close,
      };
    },
    closeAll() {
      for (const close of [...open]) close();
    },
    get size() {
      return open.size;
    },
  };
}
