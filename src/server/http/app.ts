// buildApp: the Fastify instance (not listening) with the API, the PWA and one error format.
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES } from '../../shared/protocol/limits.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { createAuthenticator } from '../auth/authenticate.ts';
import type { ServerStore } from '../db/port.ts';
import type { Poker } from '../sync/poke.ts';
import type { SyncService } from '../sync/service.ts';
import { installErrorHandler } from './errors.ts';
import { installNotFound } from './not-found.ts';
import { authRoutes } from './routes/auth.ts';
import { syncRoutes } from './routes/sync.ts';
import { createSseHub } from './sse.ts';
import { registerPwa } from './static.ts';

export interface AppConfig {
  /** The built PWA; when it holds no index.html only the API is served. */
  distDir: string;
  logger?: FastifyServerOptions['logger'];
  /** Heartbeat period of the poke stream (tests shorten it). */
  heartbeatMs?: number;
}

export interface AppDeps {
  store: ServerStore;
  sync: SyncService;
  poker: Poker;
}

export function buildApp(config: AppConfig, deps: AppDeps): FastifyInstance {
  const app = Fastify({ logger: config.logger ?? false, bodyLimit: MAX_BODY_BYTES });
  // Only JSON is accepted: without this, text/plain bodies would reach the handlers as strings.
  app.removeContentTypeParser('text/plain');
  installErrorHandler(app);

  const authenticate = createAuthenticator(deps.store);
  const hub = createSseHub(config.heartbeatMs);
  // Open event streams would keep the server from closing: end them first.
  app.addHook('preClose', async () => hub.closeAll());

  app.get('/api/health', async () => ({
    ok: true,
    protocolVersion: PROTOCOL_VERSION,
    version: await deps.store.version(),
  }));
  authRoutes(app, deps.store, authenticate);
  syncRoutes(app, { ...deps, hub, authenticate });

  const spa = registerPwa(app, config.distDir);
  if (!spa) app.log.warn(`no built app in ${config.distDir}: serving the API only (run npm run build)`);
  installNotFound(app, spa);
  return app;
}
