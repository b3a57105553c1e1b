// GET /api/config: the public settings a phone needs before anything else (map tiles); no secret in it.
import type { FastifyInstance } from 'fastify';
import type { TileConfig } from '../../tile-config.ts';

export interface PublicConfig {
  tiles: TileConfig;
}

export function configRoutes(app: FastifyInstance, tiles: TileConfig): void {
  const body: PublicConfig = { tiles };
  // Public on purpose: the sign-in screen and an offline phone may ask for it; the PWA caches it.
  app.get('/api/config', async (_request, reply) => reply.header('cache-control', 'no-cache').send(body));
}
