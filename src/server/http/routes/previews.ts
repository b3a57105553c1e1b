// Preview routes: PUT a phone snapshot (JPEG bytes) and GET it back, for any signed-in team member's desk.
import type { FastifyError, FastifyInstance } from 'fastify';
import { Id } from '../../../shared/domain/common.ts';
import { isAssigned } from '../../../shared/mutations/helpers.ts';
import type { ReadTx } from '../../../shared/mutations/types.ts';
import { MAX_PREVIEW_BYTES, PREVIEW_CONTENT_TYPE } from '../../../shared/mutations/previews.ts';
import type { Authenticate } from '../../auth/authenticate.ts';
import type { SubStores } from '../../db/port.ts';
import type { RowReader } from '../../db/ports/rows.ts';
import { ApiError } from '../../errors.ts';
import { sendError } from '../errors.ts';

export interface PreviewRouteDeps {
  store: RowReader & Pick<SubStores, 'previews'>;
  authenticate: Authenticate;
  clock?: () => Date;
}

/** JPEG files start with the SOI marker and a segment marker. */
const isJpeg = (bytes: Uint8Array) =>
  bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

function uuidParam(value: unknown, field: string): string {
  const parsed = Id.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'invalid_body', `${field}: must be a UUID`);
  return parsed.data;
}

export function previewRoutes(app: FastifyInstance, deps: PreviewRouteDeps): void {
  const { store, authenticate, clock = () => new Date() } = deps;

  app.register(async (scope) => {
    // The body is raw JPEG bytes; JSON stays refused here by the type check below.
    scope.addContentTypeParser(
      PREVIEW_CONTENT_TYPE,
      { parseAs: 'buffer', bodyLimit: MAX_PREVIEW_BYTES },
      (_request, body, done) => done(null, body),
    );
    // Body refusals get messages about previews; everything else goes to the app's handler.
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
        return sendError(reply, 413, 'too_large', `body: larger than the ${MAX_PREVIEW_BYTES} bytes limit`);
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return sendError(
          reply,
          415,
          'unsupported_media_type',
          `Content-Type: expected ${PREVIEW_CONTENT_TYPE}`,
        );
      throw error;
    });
    const auths = new WeakMap<object, Awaited<ReturnType<Authenticate>>>();
    scope.addHook('onRequest', async (request) => {
      auths.set(request, await authenticate(request.headers.authorization));
    });

    scope.put<{ Params: { id: string }; Querystring: { signature?: string } }>(
      '/api/previews/:id',
      async (request, reply) => {
        const auth = auths.get(request)!;
        const id = uuidParam(request.params.id, 'id');
        const signatureId = uuidParam(request.query.signature, 'signature');
        if (
          !request.headers['content-type']?.startsWith(PREVIEW_CONTENT_TYPE) ||
          !Buffer.isBuffer(request.body)
        )
          throw new ApiError(415, 'unsupported_media_type', `Content-Type: expected ${PREVIEW_CONTENT_TYPE}`);
        const bytes = new Uint8Array(request.body);
        if (!isJpeg(bytes)) throw new ApiError(400, 'invalid_body', 'body: not a JPEG image');

        const image = await store.getEntity('signature', signatureId);
        if (!image) throw new ApiError(404, 'not_found', `signature: ${signatureId} does not exist`);
        // The same rule as signature.preview: the desk, or a creator assigned to the image's moment.
        if (auth.role === 'creator') {
          const reader: ReadTx = {
            get: (kind, entityId) => store.getEntity(kind, entityId),
            list: (kind) => store.listEntities(kind),
          };
          if (!(await isAssigned(reader, auth.memberId, image.momentId)))
            throw new ApiError(403, 'forbidden', 'signature: you are not assigned to this moment');
        }
        const outcome = await store.previews.put({
          id,
          signatureId,
          memberId: auth.memberId,
          contentType: PREVIEW_CONTENT_TYPE,
          bytes,
          createdAt: clock().toISOString(),
        });
        if (outcome === 'conflict')
          throw new ApiError(409, 'conflict', `id: preview ${id} already belongs to another image`);
        if (outcome === 'different')
          throw new ApiError(
            409,
            'conflict',
            `id: preview ${id} is already stored with other bytes; a new snapshot needs a new id`,
          );
        return reply.code(outcome === 'created' ? 201 : 200).send({ id, size: bytes.byteLength });
      },
    );

    scope.get<{ Params: { id: string } }>('/api/previews/:id', async (request, reply) => {
      const id = uuidParam(request.params.id, 'id');
      const preview = await store.previews.get(id);
      // The phone may not have uploaded it yet: the desk shows "preview on its way" and asks again.
      if (!preview) throw new ApiError(404, 'not_found', `preview ${id} is not uploaded yet`);
      return (
        reply
          .type(preview.contentType)
          // Ids are never reused and previews never change; private: only the team may read them.
          .header('cache-control', 'private, max-age=31536000, immutable')
          .send(Buffer.from(preview.bytes))
      );
    });
  });
}
