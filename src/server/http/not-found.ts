// Unknown routes: JSON 404 under /api; otherwise the SPA fallback (the app's router owns the path).
import type { FastifyInstance } from 'fastify';
import { sendError } from './errors.ts';

export function installNotFound(app: FastifyInstance, spa: boolean): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    // A missing hashed asset must be a 404: the HTML shell in its place would be parsed as a script.
    if (!isPage || path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/')) {
      return sendError(reply, 404, 'not_found', `no route ${request.method} ${path}`);
    }
    if (!spa)
      return sendError(reply, 404, 'not_found', 'the app is not built on this server: run npm run build');
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
