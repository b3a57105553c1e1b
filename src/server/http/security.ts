// Security headers (helmet, with a CSP that allows the map's tile server) and rate limits on sign-in and sync.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashToken } from '../auth/tokens.ts';
import { ApiError } from '../errors.ts';

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface SecurityOptions {
  /** The map's tile URL template; its origin is the only third party the CSP lets in. */
  tileUrl?: string;
  /** Requests per minute: sync per device token, sign-in per client address, feed per feed token. */
  rateLimits?: { sync: number; signIn: number; feed?: number };
}

export const DEFAULT_RATE_LIMITS = { sync: 600, signIn: 60, feed: 120 };

/** `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`. */
export function tileOrigin(template: string): string {
  const match = /^(https?):\/\/([^/]+)/.exec(template.trim());
  if (!match) throw new Error(`tile URL: not an http(s) URL template: ${template}`);
  const host = match[2]!.replace(/\{[^}]*\}/g, '*');
  if (host.startsWith('*.') || !host.includes('*')) return `${match[1]}://${host}`;
  // A placeholder inside a label ("a{s}.tiles"): widen to the parent domain, the CSP knows no better.
  return `${match[1]}://*.${host.split('.').slice(1).join('.')}`;
}

export function contentSecurityPolicy(tileUrl: string) {
  const tiles = tileOrigin(tileUrl);
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // React and Leaflet position elements with style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', tiles],
      // The service worker fetches tiles to cache them.
      connectSrc: ["'self'", tiles],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  };
}

const SIGN_IN = /^\/api\/auth\/(redeem|invite)(\?|$)/;
const SYNC = /^\/api\/sync\//;
const FEED = /^\/api\/feeds\/odf(\?|$)/;

/** A skip-override plugin, so its hooks cover every route of the app, declared before or after it. */
async function securityPlugin(app: FastifyInstance, options: SecurityOptions) {
  await app.register(helmet, {
    contentSecurityPolicy: contentSecurityPolicy(options.tileUrl ?? DEFAULT_TILE_URL),
    // Tiles are <img> from another origin: embedding must stay allowed.
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const refuse = (what: string) => (_req: FastifyRequest, ctx: { after: string }) =>
    new ApiError(429, 'rate_limited', `too many ${what} requests: try again in ${ctx.after}`);
  const signIn = app.rateLimit({
    max: limits.signIn,
    timeWindow: 60_000,
    keyGenerator: (req) => `signin:${req.ip}`,
    errorResponseBuilder: refuse('sign-in'),
  });
  const sync = app.rateLimit({
    max: limits.sync,
    timeWindow: 60_000,
    // Per device (the token's hash, never the token), so one busy phone cannot starve a venue behind one NAT.
    keyGenerator: (req) => {
      const auth = req.headers.authorization;
      return typeof auth === 'string' && auth.length <= 300 ? `sync:${hashToken(auth)}` : `sync-ip:${req.ip}`;
    },
    errorResponseBuilder: refuse('sync'),
  });
  const feed = app.rateLimit({
    max: limits.feed ?? DEFAULT_RATE_LIMITS.feed,
    timeWindow: 60_000,
    // Per feed token (its hash, never the token): a results system replaying its backlog slows
    // only itself. Callers without a usable header share their address's budget.
    keyGenerator: (req) => {
      const auth = req.headers.authorization;
      return typeof auth === 'string' && auth.length <= 300 ? `feed:${hashToken(auth)}` : `feed-ip:${req.ip}`;
    },
    errorResponseBuilder: refuse('schedule feed'),
  });
  app.addHook('onRequest', async function (request, reply) {
    if (SIGN_IN.test(request.url)) return signIn.call(this, request, reply);
    if (SYNC.test(request.url)) return sync.call(this, request, reply);
    if (FEED.test(request.url)) return feed.call(this, request, reply);
  });
}
(securityPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

export function registerSecurity(app: FastifyInstance, options: SecurityOptions): void {
  app.register(securityPlugin, options);
}
