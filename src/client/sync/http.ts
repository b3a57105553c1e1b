// The HTTP transport: push and pull as JSON POSTs with the device token, poke as an SSE stream read by fetch.
import type { z } from 'zod';
import { describeIssues } from '../../shared/mutations/registry.ts';
import type { PokePatch, PullRequest, PushRequest } from '../../shared/protocol/messages.ts';
import {
  ErrorBody,
  PokeData,
  PullResponse,
  PushResponse,
  pokePatchOf,
} from '../../shared/protocol/messages.ts';
import { backoffDelay } from './backoff.ts';
import type { SseEvent } from './sse.ts';
import { readSse } from './sse.ts';
import type { Transport } from './transport.ts';
import { SyncHttpError, SyncNetworkError } from './transport.ts';

export interface HttpTransportOptions {
  /** Origin of the server, '' for the page's own (the PWA is served by the sync server). */
  baseUrl?: string;
  /** The device token, read at each request (null when signed out). */
  token: () => string | null;
  fetch?: typeof fetch;
  random?: () => number;
  /**
   * Longest wait for a push or pull answer. At a saturated venue a request can hang with no error;
   * without a limit it would hold the sync lock and block every later cycle. Default 30 s.
   */
  timeoutMs?: number;
  /** Reconnect the poke stream after this long without a byte (the server's heartbeat is 25 s). */
  pokeIdleMs?: number;
  /**
   * Ask for pokes that carry their rows (R15, `?patch=1`); true by default. False behaves as an
   * app older than the feature (the benches and tests compare both).
   */
  pokePatches?: boolean;
}

export const REQUEST_TIMEOUT_MS = 30_000;
export const POKE_IDLE_MS = 60_000;

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const base = options.baseUrl ?? '';
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function authorization(): string {
    const token = options.token();
    if (!token) throw new SyncHttpError(401, 'unauthorized', 'this device is not signed in');
    return `Bearer ${token}`;
  }

  async function post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    const headers = { 'content-type': 'application/json', authorization: authorization() };
    const signal = AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS);
    const init = { method: 'POST', headers, body: JSON.stringify(body), signal };
    const response = await send(() => fetchFn(base + path, init));
    if (!response.ok) throw await errorOf(response);
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      throw new SyncNetworkError(`the answer to ${path} was cut off or is not JSON`, { cause: error });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new SyncHttpError(
        response.status,
        'unknown',
        `unexpected answer to ${path}: ${describeIssues(parsed.error)}`,
      );
    }
    return parsed.data;
  }

  async function poke(
    onPoke: (version: number | null, patch?: PokePatch) => void,
    signal: AbortSignal,
  ): Promise<void> {
    let attempt = 0;
    let missed = false;
    while (!signal.aborted) {
      try {
        await listen(
          signal,
          () => {
            attempt = 0;
            if (missed) onPoke(null);
          },
          onPoke,
        );
      } catch (error) {
        // Any failure (network, 5xx, 401) means pokes may be missed; the periodic pull covers the gap.
        // A 401 is news of its own: the device was just revoked (the server ends its stream at once),
        // and a sync now, refused too, shows the user at once that this device is signed out.
        if (error instanceof SyncHttpError && error.status === 401) onPoke(null);
      }
      missed = true;
      if (!signal.aborted) await sleep(backoffDelay(++attempt, options.random), signal);
    }
  }

  /** One connection to the poke stream, dropped when silent for too long (a dead network path). */
  async function listen(
    signal: AbortSignal,
    onOpen: () => void,
    onPoke: (version: number, patch?: PokePatch) => void,
  ) {
    const connection = new AbortController();
    const drop = () => connection.abort();
    signal.addEventListener('abort', drop, { once: true });
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const alive = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(drop, options.pokeIdleMs ?? POKE_IDLE_MS);
    };
    try {
      alive();
      const headers = { accept: 'text/event-stream', authorization: authorization() };
      const response = await send(() =>
        fetchFn(`${base}/api/sync/poke${options.pokePatches === false ? '' : '?patch=1'}`, {
          headers,
          signal: connection.signal,
        }),
      );
      if (!response.ok || !response.body) throw await errorOf(response);
      onOpen();
      const onEvent = (event: SseEvent) => {
        const poke = event.event === 'poke' ? pokeOf(event.data) : null;
        if (poke === null) return;
        const patch = pokePatchOf(poke);
        if (patch) onPoke(poke.version, patch);
        else onPoke(poke.version);
      };
      await readSse(response.body, onEvent, { signal: connection.signal, onChunk: alive });
    } finally {
      clearTimeout(watchdog);
      signal.removeEventListener('abort', drop);
    }
  }

  return {
    push: (request: PushRequest) => post('/api/sync/push', request, PushResponse),
    pull: (request: PullRequest) => post('/api/sync/pull', request, PullResponse),
    poke,
  };
}

async function send(request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof SyncHttpError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new SyncNetworkError(`cannot reach the server: ${why}`, { cause: error });
  }
}

/** The server's JSON error body when there is one; a gateway's HTML page otherwise. */
async function errorOf(response: Response): Promise<SyncHttpError> {
  const text = await response.text().catch(() => '');
  try {
    const body = ErrorBody.parse(JSON.parse(text));
    return new SyncHttpError(response.status, body.error, body.message);
  } catch {
    return new SyncHttpError(
      response.status,
      'unknown',
      `HTTP ${response.status} ${response.statusText}`.trim(),
    );
  }
}

/** A poke's data, or null when it is not a PokeData (a poke is only a hint, R12). */
function pokeOf(data: string): PokeData | null {
  try {
    const json = JSON.parse(data) as unknown;
    const poke = PokeData.safeParse(json);
    if (poke.success) return poke.data;
    // A patch this app cannot parse still names a version: pull (R15 falls back to R12).
    const version = PokeData.pick({ version: true }).safeParse(json);
    return version.success ? version.data : null;
  } catch {
    return null;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
