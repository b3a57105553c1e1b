// Operations endpoints for a load balancer: /api/health (the process answers) and /api/ready (its database does).
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';
import type { StoreHealth } from '../../db/ports/health.ts';
import type { SyncStorage } from '../../db/ports/sync-storage.ts';
import { sendError } from '../errors.ts';

export interface OpsState {
  /** Set while shutting down: the balancer stops sending new requests, in-flight ones finish. */
  draining: boolean;
}

export function opsRoutes(
  app: FastifyInstance,
  store: StoreHealth & Pick<SyncStorage, 'version'>,
  state: OpsState,
): void {
  // Liveness touches no database: a database outage must not make the orchestrator kill healthy processes.
  app.get('/api/health', async () => ({ ok: true, protocolVersion: PROTOCOL_VERSION }));

  // Readiness: the store opened only after its migrations ran, so answering means they are applied.
  // A process whose writes fail (disk full, I/O errors) is not ready either: reads would work, but
  // every push would be refused. It turns ready again once a probe write succeeds.
  app.get('/api/ready', async (request, reply) => {
    if (state.draining) return sendError(reply, 503, 'unavailable', 'shutting down');
    const fault = store.writeFault();
    if (fault) {
      try {
        await store.probeWrite();
        request.log.warn(
          `readiness: database writes work again (they failed from ${fault.since}: ${fault.code})`,
        );
      } catch (error) {
        const now = store.writeFault() ?? fault;
        request.log.warn(
          { err: error, storage: now.code },
          `readiness: database writes still fail: ${now.code}`,
        );
        return sendError(
          reply,
          503,
          'unavailable',
          `database writes fail since ${now.since}: ${now.code} (${now.meaning})`,
        );
      }
    }
    try {
      await store.ping();
      return { ok: true, version: await store.version() };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness: database unreachable');
      return sendError(reply, 503, 'unavailable', 'database unreachable');
    }
  });
}
