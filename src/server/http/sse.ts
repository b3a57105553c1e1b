// Server-Sent Events streams: tracked per device (a few each, ended at revocation) and at shutdown.
import type { ServerResponse } from 'node:http';

/** Proxies close idle connections after 30–60 s: a comment every 25 s keeps the stream open. */
export const HEARTBEAT_MS = 25_000;

/**
 * Poke streams one device may hold at once: each open tab of the app keeps one, and a stream whose
 * network died lingers until TCP notices (minutes). Past the limit the **oldest** stream is closed,
 * so a phone reconnecting after its network died always gets through; but only if that stream has
 * lived STREAM_MIN_AGE_MS, else the new one is refused (429): a device with more tabs than the
 * limit would otherwise have its tabs close each other in a loop, each reconnect followed by a pull.
 */
export const MAX_STREAMS_PER_DEVICE = 3;
export const STREAM_MIN_AGE_MS = 30_000;

export interface StreamLimits {
  perDevice: number;
  /** Youngest age (ms) at which the oldest stream may be closed to make room. */
  minAgeMs: number;
}

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
  /**
   * Makes room for one more stream of `deviceId`: true if there was room or the oldest (old
   * enough) was closed; false if the new one must be refused (retry after `retryAfterSeconds`).
   */
  admit(deviceId: string): boolean;
  readonly retryAfterSeconds: number;
  /** Starts an event stream on `res`; returns `send` for events and `close` to end it. */
  open(res: ServerResponse, onClose: () => void, owner?: StreamOwner): SseStream;
  /** Ends every stream of these devices (revoked ones). */
  closeDevices(deviceIds: readonly string[]): void;
  closeAll(): void;
  readonly size: number;
}

interface Tracked {
  close: () => void;
  openedAt: number;
}

export function createSseHub(
  heartbeatMs = HEARTBEAT_MS,
  limits: StreamLimits = { perDevice: MAX_STREAMS_PER_DEVICE, minAgeMs: STREAM_MIN_AGE_MS },
  clock: () => number = Date.now,
): SseHub {
  const open = new Set<() => void>();
  /** Per device, its streams, oldest first. */
  const byDevice = new Map<string, Tracked[]>();

  const forget = (deviceId: string, close: () => void) => {
    const list = (byDevice.get(deviceId) ?? []).filter((t) => t.close !== close);
    if (list.length) byDevice.set(deviceId, list);
    else byDevice.delete(deviceId);
  };

  return {
    admit(deviceId) {
      const list = byDevice.get(deviceId) ?? [];
      if (list.length < limits.perDevice) return true;
      if (clock() - list[0]!.openedAt < limits.minAgeMs) return false;
      for (const t of list.slice(0, list.length - limits.perDevice + 1)) t.close();
      return true;
    },
    retryAfterSeconds: Math.max(1, Math.ceil(limits.minAgeMs / 1000)),
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
      if (owner)
        byDevice.set(owner.deviceId, [...(byDevice.get(owner.deviceId) ?? []), { close, openedAt: clock() }]);
      res.on('close', close);
      return {
        send(event, data) {
          if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        close,
      };
    },
    closeDevices(deviceIds) {
      for (const id of deviceIds) for (const t of [...(byDevice.get(id) ?? [])]) t.close();
    },
    closeAll() {
      for (const close of [...open]) close();
    },
    get size() {
      return open.size;
    },
  };
}
