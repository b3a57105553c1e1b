// A flushable fake network between sync clients and a sync service: requests queue until the test
// delivers, drops, duplicates or delays them on purpose (after tldraw's TestSocketPair). Every
// message crosses it as JSON text, parsed at the far end as the HTTP transport parses it, so a field
// JSON would lose (undefined, a Date, a Map) is lost here too (SYNC-RULES R14).
import { SyncHttpError, SyncNetworkError } from '../../src/client/sync/transport.ts';
import type { Transport } from '../../src/client/sync/transport.ts';
import type { Role } from '../../src/shared/domain/member.ts';
import { ErrorBody, PullResponse, PushResponse } from '../../src/shared/protocol/messages.ts';

/** Who a request comes from, as the server's auth would say (the shape of src/server/sync SyncAuth). */
export interface FakeAuth {
  deviceId: string | null;
  clientID: string;
  memberId: string;
  role: Role;
}

/** The server side: the real `createSyncService(...)` fits, and so does any fake with this shape. */
export interface SyncHandler {
  push(auth: FakeAuth, body: unknown): Promise<PushResponse>;
  pull(auth: FakeAuth, body: unknown): Promise<PullResponse>;
}

/**
 * - ok: the server handles it and the client gets the answer;
 * - drop-request: lost on the way, the server never sees it;
 * - drop-response: the server handles it, the answer is lost (the client retries later);
 * - duplicate: the server handles it twice (a retransmission), the client gets the first answer;
 * - delay-copy: the client gets its answer, and a copy stays in `late` to hit the server later.
 */
export type Fate = 'ok' | 'drop-request' | 'drop-response' | 'duplicate' | 'delay-copy';

export interface QueuedRequest {
  kind: 'push' | 'pull';
  auth: FakeAuth;
  body: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class FakeNetwork {
  readonly queue: QueuedRequest[] = [];
  /** Copies of requests that will reach the server out of order, answers discarded. */
  readonly late: Omit<QueuedRequest, 'resolve' | 'reject'>[] = [];
  private readonly pokeListeners = new Set<(version: number | null) => void>();

  /** `server()` is read at each delivery, so a test can restart the service between two. */
  constructor(private readonly server: () => SyncHandler) {}

  transport(auth: FakeAuth): Transport {
    const send = (kind: 'push' | 'pull', body: unknown) =>
      new Promise<never>((resolve, reject) =>
        this.queue.push({ kind, auth, body: overTheWire(body), resolve, reject }),
      );
    return {
      push: (request) => send('push', request),
      pull: (request) => send('pull', request),
      poke: (onPoke, signal) =>
        new Promise<void>((resolve) => {
          this.pokeListeners.add(onPoke);
          signal.addEventListener('abort', () => {
            this.pokeListeners.delete(onPoke);
            resolve();
          });
        }),
    };
  }

  /** Sends a poke to every listening client, as the server does after a commit. */
  poke(version: number): void {
    for (const listener of this.pokeListeners) listener(version);
  }

  get pokeListenerCount(): number {
    return this.pokeListeners.size;
  }

  /** Delivers the request at `index` of the queue with the given fate. */
  async deliver(fate: Fate = 'ok', index = 0): Promise<void> {
    const [request] = this.queue.splice(index, 1);
    if (!request) throw new Error(`no queued request at ${index}`);
    if (fate === 'drop-request') return request.reject(new SyncNetworkError('request lost (fake network)'));
    const answer = await this.handle(request);
    if (fate === 'duplicate') await this.handle(request);
    if (fate === 'delay-copy') this.late.push({ kind: request.kind, auth: request.auth, body: request.body });
    if (fate === 'drop-response') return request.reject(new SyncNetworkError('response lost (fake network)'));
    if (answer.ok)
      request.resolve((request.kind === 'push' ? PushResponse : PullResponse).parse(answer.value));
    else request.reject(answer.error);
  }

  /** A delayed copy reaches the server now; nobody waits for its answer. */
  async deliverLate(index = 0): Promise<void> {
    const [copy] = this.late.splice(index, 1);
    if (copy) await this.handle(copy);
  }

  /**
   * Drives `work` to its end: whenever requests are queued, delivers the one `pick` chooses (the
   * oldest by default; another to reorder clients' requests) with `fate(request)`.
   * Everything here is promise-based, so a macrotask tick is enough for the clients to move on.
   */
  async drive<T>(
    work: Promise<T>,
    fate: (request: QueuedRequest) => Fate = () => 'ok',
    pick: (queued: number) => number = () => 0,
  ): Promise<T> {
    let settled = false;
    const done = work.finally(() => (settled = true));
    for (let idle = 0; !settled;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.queue.length > 0) {
        idle = 0;
        const index = pick(this.queue.length) % this.queue.length;
        await this.deliver(fate(this.queue[index]!), index);
      } else if (++idle > 10_000) throw new Error('drive: the client neither finished nor sent a request');
    }
    return done;
  }

  private async handle(request: Omit<QueuedRequest, 'resolve' | 'reject'>) {
    const handler = this.server();
    try {
      const body = overTheWire(request.body);
      const value =
        request.kind === 'push'
          ? await handler.push(request.auth, body)
          : await handler.pull(request.auth, body);
      return { ok: true as const, value: overTheWire(value) };
    } catch (error) {
      return { ok: false as const, error: asHttpError(error) };
    }
  }
}

/** What the other end reads of a message: its JSON text, parsed (what HTTP carries of it). */
function overTheWire(message: unknown): unknown {
  return JSON.parse(JSON.stringify(message)) as unknown;
}

/**
 * The service's ApiError(status, code, message) as the HTTP transport surfaces it: the route's JSON
 * error body parsed with ErrorBody (http.ts `errorOf`); anything else is Fastify's 500.
 */
function asHttpError(error: unknown): SyncHttpError {
  const e = error as { status?: unknown; code?: unknown; message?: unknown };
  if (typeof e.status !== 'number') {
    return new SyncHttpError(500, 'internal', error instanceof Error ? error.message : String(error));
  }
  const body = ErrorBody.safeParse(overTheWire({ error: e.code, message: e.message }));
  return body.success
    ? new SyncHttpError(e.status, body.data.error, body.data.message)
    : new SyncHttpError(e.status, 'unknown', `HTTP ${e.status}`);
}
