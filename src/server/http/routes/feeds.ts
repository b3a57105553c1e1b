// The schedule feed: POST /api/feeds/odf (a results system's ODF messages, with a feed token) and the admins' token API.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { label } from '../../../shared/domain/common.ts';
import { MAX_ODF_BYTES } from '../../../shared/import/odf/types.ts';
import { describeIssues } from '../../../shared/mutations/registry.ts';
import type { Authenticate } from '../../auth/authenticate.ts';
import { createFailureLimiter } from '../../auth/rate-limit.ts';
import type { FeedToken } from '../../db/ports/feeds.ts';
import type { SubStores } from '../../db/port.ts';
import type { RowReader } from '../../db/ports/rows.ts';
import { ApiError } from '../../errors.ts';
import { sendError } from '../errors.ts';
import { receiveOdf } from '../../feed/receive.ts';
import { createFeedToken, feedOfHeader } from '../../feed/tokens.ts';
import type { SyncService } from '../../sync/service.ts';

export interface FeedRouteDeps {
  store: RowReader & Pick<SubStores, 'feeds'>;
  sync: SyncService;
  authenticate: Authenticate;
  clock?: () => Date;
}

const TokenRequest = z.object({ name: label(120) }).strict();
const XML_TYPES = ['application/xml', 'text/xml'];

export function feedRoutes(app: FastifyInstance, deps: FeedRouteDeps): void {
  const { store, sync, authenticate, clock = () => new Date() } = deps;
  // Guessing tokens: at most 20 wrong ones per address in 10 minutes, on top of the rate limit.
  const failures = createFailureLimiter();

  app.register(async (scope) => {
    const feeds = new WeakMap<object, FeedToken>();
    // XML only: a JSON (or any other) body is refused as 415 whatever it holds, never parsed.
    scope.removeAllContentTypeParsers();
    // The body stays raw bytes: receiveOdf decodes it strictly as UTF-8 and parses it as XML.
    scope.addContentTypeParser(
      XML_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_ODF_BYTES },
      (_req, body, done) => done(null, body),
    );
    // This scope's own words for Fastify's refusals: its limit is the message's, its type XML.
    scope.setErrorHandler((error, _request, reply) => {
      const code = (error as { code?: string }).code;
      if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || (error as { statusCode?: number }).statusCode === 413) {
        return sendError(
          reply,
          413,
          'too_large',
          `body: larger than the ${MAX_ODF_BYTES} bytes a schedule message may have`,
        );
      }
      if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return sendError(
          reply,
          415,
          'unsupported_media_type',
          'Content-Type: expected application/xml (one ODF message)',
        );
      }
      // Everything else as the rest of the API answers it (the app's handler).
      throw error;
    });
    // Before the body is read: an unknown or revoked token learns nothing and costs nothing.
    scope.addHook('onRequest', async (request) => {
      const feed = await feedOfHeader(store, request.headers.authorization);
      if (!feed) {
        // A live token is never locked out by guessers sharing its address: only failures count.
        failures.check(request.ip);
        failures.fail(request.ip);
        throw new ApiError(
          401,
          'unauthorized',
          'Authorization: expected "Bearer <feed token>" of a live feed token (an admin creates them)',
        );
      }
      feeds.set(request, feed);
    });

    /** One ODF message: DT_SCHEDULE or DT_SCHEDULE_UPDATE, as application/xml, at most MAX_ODF_BYTES. */
    scope.post('/api/feeds/odf', async (request, reply) => {
      const feed = feeds.get(request)!;
      if (!(request.body instanceof Uint8Array)) {
        throw new ApiError(415, 'unsupported_media_type', 'Content-Type: expected application/xml');
      }
      const result = await receiveOdf({ store, sync }, feed.id, request.body);
      await store.feeds.touch(feed.id, clock().toISOString());
      // Operators search for these: which token, which message, what it did (never the token).
      request.log.info(
        { feed: feed.id, type: result.type, version: result.version, applied: result.applied },
        'schedule feed message',
      );
      return reply.code(200).send(result);
    });
  });

  async function admin(authorization: string | undefined) {
    const auth = await authenticate(authorization);
    if (auth.role !== 'admin') throw new ApiError(403, 'forbidden', 'feed tokens are managed by admins');
    return auth;
  }

  /** Creates a feed token: the token is in this answer only; the server keeps its hash. */
  app.post('/api/feeds/tokens', async (request, reply) => {
    const auth = await admin(request.headers.authorization);
    const parsed = TokenRequest.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid_body', describeIssues(parsed.error));
    const { token, feed } = await createFeedToken(store, parsed.data.name, auth.memberId, clock());
    return reply.code(201).send({ ...feed, token });
  });

  app.get('/api/feeds/tokens', async (request) => {
    await admin(request.headers.authorization);
    return { tokens: await store.feeds.list() };
  });

  app.delete<{ Params: { id: string } }>('/api/feeds/tokens/:id', async (request) => {
    await admin(request.headers.authorization);
    const id = z.uuid().safeParse(request.params.id);
    if (!id.success) throw new ApiError(400, 'invalid_body', 'id: must be a feed token id (UUID)');
    const revoked = await store.feeds.revoke(id.data, clock().toISOString());
    if (revoked === 0 && !(await store.feeds.list()).some((f) => f.id === id.data))
      throw new ApiError(404, 'not_found', `id: no feed token ${id.data}`);
    return { revoked };
  });
}
