// Serves the built PWA from dist/, precompressed: the shell and service worker never cached, hashed assets for a year.
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Registers dist/ if it holds a build; returns whether it did (the API works either way). */
export function registerPwa(app: FastifyInstance, distDir: string): boolean {
  const root = resolve(distDir);
  if (!existsSync(join(root, 'index.html'))) return false;
  app.register(fastifyStatic, {
    root,
    // file.br / file.gz written at build time (ops/precompress.ts), chosen by Accept-Encoding, with Vary.
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, path) {
      // Vite puts content-hashed files under assets/: a new build gives new names, so they never go stale.
      const hashed = path.includes(`${sep}assets${sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
