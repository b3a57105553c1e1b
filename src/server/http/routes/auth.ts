// Sign-in routes: redeem an invite (no token yet), and "who am I" for a signed-in device.
import type { FastifyInstance } from 'fastify';
import type { Authenticate } from '../../auth/authenticate.ts';
import { createFailureLimiter } from '../../auth/rate-limit.ts';
import { previewInvite, redeemInvite } from '../../auth/redeem.ts';
import type { DeviceStore } from '../../db/ports/devices.ts';
import type { RowReader } from '../../db/ports/rows.ts';
import { ApiError } from '../../errors.ts';

export function authRoutes(
  app: FastifyInstance,
  store: DeviceStore & RowReader,
  authenticate: Authenticate,
): void {
  const limiter = createFailureLimiter();
  app.post('/api/auth/redeem', async (request) => {
    limiter.check(request.ip);
    try {
      return await redeemInvite(store, request.body);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invite_invalid') limiter.fail(request.ip);
      throw error;
    }
  });

  // The token travels in the body, never in the URL, so it stays out of every log line.
  app.post('/api/auth/invite', async (request) => {
    limiter.check(request.ip);
    try {
      return await previewInvite(store, request.body);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invite_invalid') limiter.fail(request.ip);
      throw error;
    }
  });

  app.get('/api/auth/me', async (request) => {
    const auth = await authenticate(request.headers.authorization);
    const member = await store.getEntity('member', auth.memberId);
    if (!member)
      throw new ApiError(401, 'device_revoked', 'the member of this device is no longer on the team');
    return {
      deviceId: auth.deviceId,
      clientID: auth.clientID,
      member: { id: member.id, name: member.name, role: member.role },
    };
  });
}
