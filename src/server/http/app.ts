// buildApp: the Fastify instance (not listening) with the API, the PWA and one error format.
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { MAX_BODY_BYTES } from '../../shared/protocol/limits.ts';
import { createAuthenticator } from '../auth/authenticate.ts';
import type { ServerStore } from '../db/port.ts';
import type { Poker } from '../sync/poke.ts';
import type { SyncService } from '../sync/service.ts';
import { installErrorHandler } from './errors.ts';
import { installNotFound } from './not-found.ts';
import { authRoutes } from './routes/auth.ts';
import { auditRoutes } from './routes/audit.ts';
import { opsRoutes } from './routes/ops.ts';
import type { OpsState } from './routes/ops.ts';
import { registerSecurity } from './security.ts';
import { configRoutes } from './routes/config.ts';
import { previewRoutes } from './routes/previews.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { feedRoutes } from './routes/feeds.ts';
import { syncRoutes } from './routes/sync.ts';
import { pushRoutes } from './routes/push.ts';
import { teamRoutes } from './routes/team.ts';
import type { PushService } from '../push/service.ts';
import { DEFAULT_INVITE_TTL_HOURS } from '../auth/invites.ts';
import { loadTileConfig, type TileConfig } from '../tile-config.ts';
import { createSseHub } from './sse.ts';
import type { StreamLimits } from './sse.ts';
import { registerPwa } from './static.ts';
import { loggerOptions } from '../ops/logging.ts';

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

export interface AppConfig {
  /** The built PWA; when it holds no index.html only the API is served. */
  distDir: string;
  /** JSON logs (pino) at `level`, to stdout or `stream`; secrets are always redacted (ops/logging.ts). */
  logger?: { level: string; stream?: NodeJS.WritableStream };
  /** Heartbeat period of the poke stream (tests shorten it). */
  heartbeatMs?: number;
  /** Poke streams per device and when the oldest may make room (default: sse.ts). */
  pokeStreams?: StreamLimits;
  /** Requests per minute (sync per device, sign-in per address); defaults in security.ts. */
  rateLimits?: { sync: number; signIn: number; feed?: number };
  /** Behind a load balancer: the client address comes from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Shared with main.ts: set `draining` at shutdown so /api/ready turns 503 first. */
  ops?: OpsState;
  /** Map tiles for GET /api/config; default: from the environment (TILE_URL…). */
  tiles?: TileConfig;
  /** Sign-in links made on the team screen start with it (PUBLIC_URL); default: the request's address. */
  publicUrl?: string;
  /** How long a sign-in link made on the team screen stays valid (INVITE_TTL_HOURS). */
  inviteTtlHours?: number;
}

export interface AppDeps {
  store: ServerStore;
  sync: SyncService;
  poker: Poker;
  /** Web Push; without it the /api/push routes answer 503. */
  push?: PushService;
  /** Revocations made by other processes (PostgreSQL: pg-poker's LISTEN); this store's own are heard anyway. */
  revocations?: { onRevoked(listener: (deviceIds: string[]) => void): () => void };
}

export function buildApp(config: AppConfig, deps: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: config.logger ? loggerOptions(config.logger) : false,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.trustProxy ?? false,
  });
  // Answers (a pull above all) compressed as the client accepts, brotli first; before any route.
  // Brotli at quality 4: near gzip's CPU cost for a smaller answer (quality 11 is for build time).
  // Event streams are hijacked replies: never buffered by it.
  app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: COMPRESS_THRESHOLD_BYTES,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  const tiles = config.tiles ?? loadTileConfig();
  registerSecurity(app, { tileUrl: tiles.url, rateLimits: config.rateLimits });
  // Only JSON is accepted: without this, text/plain bodies would reach the handlers as strings.
  app.removeContentTypeParser('text/plain');
  installErrorHandler(app);

  const authenticate = createAuthenticator(deps.store);
  const hub = createSseHub(config.heartbeatMs, config.pokeStreams);
  // A revoked device's poke stream ends at once (its next pull would be refused anyway).
  const unsubscribe = [deps.store, ...(deps.revocations ? [deps.revocations] : [])].map((source) =>
    source.onRevoked((deviceIds) => hub.closeDevices(deviceIds)),
  );
  // Open event streams would keep the server from closing: end them first.
  app.addHook('preClose', async () => {
    unsubscribe.forEach((stop) => stop());
    hub.closeAll();
  });

  opsRoutes(app, deps.store, config.ops ?? { draining: false });
  auditRoutes(app, deps.store, authenticate);
  authRoutes(app, deps.store, authenticate);
  syncRoutes(app, { ...deps, hub, authenticate });
  previewRoutes(app, { store: deps.store, authenticate });
  calendarRoutes(app, { store: deps.store, authenticate });
  feedRoutes(app, { store: deps.store, sync: deps.sync, authenticate });
  configRoutes(app, tiles);
  teamRoutes(app, {
    store: deps.store,
    sync: deps.sync,
    authenticate,
    inviteTtlHours: config.inviteTtlHours ?? DEFAULT_INVITE_TTL_HOURS,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  pushRoutes(app, { authenticate, ...(deps.push ? { push: deps.push } : {}) });

  const spa = registerPwa(app, config.distDir);
  if (!spa) app.log.warn(`no built app in ${config.distDir}: serving the API only (run npm run build)`);
  installNotFound(app, spa);
  return app;
}
