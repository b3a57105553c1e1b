// Poke streams and their owners, over real HTTP: a few per device (the oldest closed past the limit), and a
// revoked device's stream ended by the revocation, whoever made it. Shared by the SQLite and PostgreSQL files.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import type { AppDeps } from '../../../src/server/http/app.ts';
import type { StreamLimits } from '../../../src/server/http/sse.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import { ids } from './permissions.fixture.ts';

export interface Served {
  url: string;
  app: FastifyInstance;
  /** Signs a device of `memberId` in over HTTP. */
  signIn(memberId?: string): Promise<{ token: string; deviceId: string }>;
  close(): Promise<void>;
}

/** The app on `store`, listening on 127.0.0.1; `heartbeatMs` is how often a stream re-checks its device. */
export async function serve(
  store: ServerStore,
  heartbeatMs: number,
  revocations?: AppDeps['revocations'],
  pokeStreams?: StreamLimits,
): Promise<Served> {
  const poker = createPoker();
  const app = buildApp(
    { distDir: '/nonexistent', heartbeatMs, pokeStreams },
    { store, sync: createSyncService(store, poker), poker, revocations },
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    app,
    async signIn(memberId = ids.lea) {
      const { token } = await createInvite(store, memberId);
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { invite: token, clientID: randomUUID(), deviceName: 'phone' },
      });
      expect(res.statusCode).toBe(200);
      return { token: res.json().deviceToken as string, deviceId: res.json().deviceId as string };
    },
    close: () => app.close(),
  };
}

export interface OpenStream {
  /** Resolves when the server ends the stream (with what was read), never if it stays open. */
  ended: Promise<string>;
  abort(): void;
}

/** Opens a poke stream and waits for its first poke (the stream is registered by then). */
export async function openStream(url: string, token: string): Promise<OpenStream> {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/sync/poke`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('event: poke')) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before its first poke: ${text}`);
    text += decoder.decode(value, { stream: true });
  }
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return text;
      text += decoder.decode(value, { stream: true });
    }
  })();
  return { ended, abort: () => controller.abort() };
}

/** True if `promise` has settled by the time the event loop has turned a few times. */
export async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
}
