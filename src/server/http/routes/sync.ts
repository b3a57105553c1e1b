// Sync routes: push, pull and the poke stream; the device token is checked before the body is read.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Authenticate } from '../../auth/authenticate.ts';
import type { SyncStorage } from '../../db/ports/sync-storage.ts';
import { ApiError, isApiError } from '../../errors.ts';
import type { SyncAuth } from '../../sync/auth.ts';
import type { Poker } from '../../sync/poke.ts';
import type { SyncService } from '../../sync/service.ts';
import type { SseHub } from '../sse.ts';

export interface SyncRouteDeps {
  store: SyncStorage;
  sync: SyncService;
  poker: Poker;
  hub: SseHub;
  authenticate: Authenticate;
}

export function syncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  const { sync, poker, hub, store, authenticate } = deps;
  const auths = new WeakMap<FastifyRequest, SyncAuth>();
  const authOf = (request: FastifyRequest): SyncAuth => auths.get(request)!;

  app.register(async (scope) => {
    // onRequest runs before body parsing: an unsigned caller learns nothing about body rules.
    scope.addHook('onRequest', async (request) => {
      auths.set(request, await authenticate(request.headers.authorization));
    });

    scope.post('/api/sync/push', async (request) => {
      const response = await sync.push(authOf(request), request.body);
      // Each rejection by its code (never its args): what operators search the log for.
      for (const r of response.results) {
        if (r.outcome === 'rejected') {
          request.log.info({ mutationID: r.id, code: r.code, params: r.params }, 'mutation rejected');
        }
      }
      return response;
    });
    scope.post('/api/sync/pull', async (request) => sync.pull(authOf(request), request.body));

    scope.get('/api/sync/poke', async (request, reply) => {
      const version = await store.version();
      const deviceId = authOf(request).deviceId ?? authOf(request).clientID;
      // No await from here to open(): the count admit() saw is the count open() adds to.
      if (!hub.admit(deviceId))
        throw new ApiError(
          429,
          'rate_limited',
          'this device already holds its poke streams (one per open tab): close a tab; ' +
            'this one still syncs every minute',
          hub.retryAfterSeconds,
        );
      const authorization = request.headers.authorization;
      // Only a refusal of the token ends the stream; a database outage does not.
      const stillAllowed = () =>
        authenticate(authorization).then(
          () => true,
          (error: unknown) => !(isApiError(error) && error.status === 401),
        );
      reply.hijack();
      let unsubscribe = () => {};
      const stream = hub.open(reply.raw, () => unsubscribe(), { deviceId, stillAllowed });
      // Opted in (R15): the rows of a poke that carries them, unless this device wrote some of
      // them (it must pull to learn its lastMutationID).
      const patches = (request.query as { patch?: unknown } | undefined)?.patch === '1';
      const clientID = authOf(request).clientID;
      unsubscribe = poker.subscribe((v, patch) =>
        stream.send(
          'poke',
          patches && patch && !patch.writers.has(clientID)
            ? { version: v, from: patch.from, dataVersion: patch.dataVersion, patch: patch.ops }
            : { version: v },
        ),
      );
      // The current version at once: a client that reconnects learns if it missed a poke meanwhile.
      stream.send('poke', { version });
    });
  });
}
