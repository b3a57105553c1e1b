// Server-Sent Events streams: tracked per device (a few each, ended at revocation) and at shutdown.
import type { ServerResponse } from 'node:http';

/** Proxies close idle connections after 30–60 s: a comment every 25 s keeps the stream open. */
export const HEARTBEAT_MS = 25_000;

/**
 * Poke streams one device may hold at once. A phone keeps one per open tab (one syncs, the others
 * wait on the Web Lock), and a stream whose network died may linger until TCP notices: past the
 * limit the **oldest** is closed rather than the new one refused, so a reconnecting phone always
 * gets through and a leaking client holds at most this many sockets.
 */
export const MAX_STREAMS_PER_DEVICE = 3;

export interface StreamOwner {
  /** The device the stream belongs to: the per-device limit and revocation go by it. */
  deviceId: string;
  /** Asked at each heartbeat; false (the device was revoked, its member removed) ends the stream. */
  stillAllowed?: () => Promise<boolean>;
}

export interface SseStream {
  send(event: string, data: unknown): void;
  close(): void;
}

export interface SseHub {
  /** Starts an event stream on `res`; returns `send` for events and `close` to end it. */
  open(res: ServerResponse, onClose: () => void, owner?: StreamOwner): SseStream;
  /** Ends every stream of these devices (revoked ones). */
  closeDevices(deviceIds: readonly string[]): void;
  closeAll(): void;
  readonly size: number;
  /** Open streams of one device. */
  sizeOf(deviceId: string): number;
}

export function createSseHub(heartbeatMs = HEARTBEAT_MS, maxPerDevice = MAX_STREAMS_PER_DEVICE): SseHub {
  const open = new Set<() => void>();
  /** Per device, its streams' close functions, oldest first. */
  const byDevice = new Map<string, (() => void)[]>();

  const forget = (deviceId: string, close: () => void) => {
    const list = (byDevice.get(deviceId) ?? []).filter((c) => c !== close);
    if (list.length) byDevice.set(deviceId, list);
    else byDevice.delete(deviceId);
  };

  return {
    open(res, onClose, owner) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx would otherwise buffer the stream and delay pokes.
        'x-accel-buffering': 'no',
      });
      res.write('retry: 5000\n\n');
      let closed = false;
      const heartbeat = setInterval(() => {
        res.write(': heartbeat\n\n');
        // A revocation made where this process cannot hear it (the admin CLI on SQLite) ends the
        // stream within a heartbeat. A database outage keeps it: the pull will tell.
        owner?.stillAllowed?.().then(
          (allowed) => allowed || close(),
          () => {},
        );
      }, heartbeatMs);
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        open.delete(close);
        if (owner) forget(owner.deviceId, close);
        onClose();
        // A hijacked socket is never reused: destroy it, else the server counts it open at shutdown.
        if (res.writableEnded) res.socket?.destroy();
        else res.end(() => res.socket?.destroy());
      };
      open.add(close);
      if (owner) {
        const list = [...(byDevice.get(owner.deviceId) ?? []), close];
        byDevice.set(owner.deviceId, list);
        for (const oldest of list.slice(0, Math.max(0, list.length - maxPerDevice))) oldest();
      }
      res.on('close', close);
      return {
        send(event, data) {
          if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        close,
      };
    },
    closeDevices(deviceIds) {
      for (const id of deviceIds) for (const close of [...(byDevice.get(id) ?? [])]) close();
    },
    closeAll() {
      for (const close of [...open]) close();
    },
    get size() {
      return open.size;
    },
    sizeOf: (deviceId) => byDevice.get(deviceId)?.length ?? 0,
  };
}
