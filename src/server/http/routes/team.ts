// The team screen's routes (admins only): the team, invites with their link, member changes, revocations.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Id } from '../../../shared/domain/common.ts';
import { DeviceInvite, MemberPatch, NewMemberInvite } from '../../../shared/protocol/team.ts';
import type { Authenticate } from '../../auth/authenticate.ts';
import { ApiError } from '../../errors.ts';
import { parseBody } from '../../sync/validate.ts';
import * as team from '../../team/team.ts';
import type { TeamContext } from '../../team/team.ts';

export interface TeamRouteDeps extends Omit<TeamContext, 'publicUrl'> {
  authenticate: Authenticate;
  /** Sign-in links start with it; default: the address the request came to. */
  publicUrl?: string;
}

export function teamRoutes(app: FastifyInstance, deps: TeamRouteDeps): void {
  const { authenticate, publicUrl, ...rest } = deps;

  async function admin(request: FastifyRequest) {
    const auth = await authenticate(request.headers.authorization);
    if (auth.role !== 'admin') throw new ApiError(403, 'forbidden', 'the team is managed by admins');
    const ctx: TeamContext = { ...rest, publicUrl: publicUrl ?? `${request.protocol}://${request.host}` };
    return { ctx, actor: { memberId: auth.memberId, deviceId: auth.deviceId } };
  }

  const idParam = (value: string, field: string) => {
    const id = Id.safeParse(value);
    if (!id.success) throw new ApiError(400, 'invalid_body', `${field}: must be a UUID`);
    return id.data;
  };

  app.get('/api/team', async (request, reply) => {
    const { ctx } = await admin(request);
    return reply.header('cache-control', 'no-store').send(await team.listTeam(ctx));
  });

  /** A new member ({name, role, contact?, job?}) or another device of one ({memberId}). */
  app.post('/api/team/invites', async (request, reply) => {
    const { ctx, actor } = await admin(request);
    const body = request.body as Record<string, unknown> | null;
    const answer =
      body && typeof body === 'object' && 'memberId' in body
        ? await team.inviteDevice(ctx, actor, parseBody(DeviceInvite, body).memberId)
        : await team.inviteNewMember(ctx, actor, parseBody(NewMemberInvite, body));
    // The link holds a one-time secret: never cached anywhere.
    return reply.code(201).header('cache-control', 'no-store').send(answer);
  });

  app.patch<{ Params: { id: string } }>('/api/team/members/:id', async (request) => {
    const { ctx, actor } = await admin(request);
    const id = idParam(request.params.id, 'memberId');
    return { member: await team.updateMember(ctx, actor, id, parseBody(MemberPatch, request.body)) };
  });

  app.post<{ Params: { id: string } }>('/api/team/members/:id/revoke', async (request) => {
    const { ctx, actor } = await admin(request);
    const { revoked, invites } = await team.revokeMember(ctx, actor, idParam(request.params.id, 'memberId'));
    return { revoked, invites };
  });

  app.post<{ Params: { id: string } }>('/api/team/devices/:id/revoke', async (request) => {
    const { ctx, actor } = await admin(request);
    const { revoked } = await team.revokeDevice(ctx, actor, idParam(request.params.id, 'deviceId'));
    return { revoked };
  });
}
