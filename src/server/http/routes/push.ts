// Web Push routes for a signed-in device: the server's key and my state, my subscription, my choices.
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors.ts';
import type { PushService } from '../../push/service.ts';

export function pushRoutes(
  app: FastifyInstance,
  deps: { authenticate: Authenticate; push?: PushService },
): void {
  const { authenticate } = deps;
  const service = () => {
    if (!deps.push) throw new ApiError(503, 'unavailable', 'notifications are not set up on this server');
    return deps.push;
  };

  app.get('/api/push', async (request, reply) => {
    const auth = await authenticate(request.headers.authorization);
    return reply.header('cache-control', 'no-store').send(await service().state(auth));
  });

  /** This device's PushSubscription.toJSON() and language; saving again replaces it (a new endpoint, a new language). */
  app.put('/api/push/subscription', async (request) => {
    const auth = await authenticate(request.headers.authorization);
    await service().subscribe(auth, request.body);
    return { subscribed: true };
  });

  app.delete('/api/push/subscription', async (request) => {
    const auth = await authenticate(request.headers.authorization);
    await service().unsubscribe(auth);
    return { subscribed: false };
  });

  /** The member's choices, for all their devices: `{kinds: ["spot", "reminder", …]}`. */
  app.put('/api/push/preferences', async (request) => {
    const auth = await authenticate(request.headers.authorization);
    return { kinds: await service().setPreferences(auth, request.body) };
  });
}
