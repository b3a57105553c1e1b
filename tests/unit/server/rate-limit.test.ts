// Failed sign-ins are limited per address; successes do not count; the window slides.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFailureLimiter } from '../../../src/server/auth/rate-limit.ts';
import { ApiError } from '../../../src/server/errors.ts';
import { startTestServer } from '../../fakes/server.ts';

describe('createFailureLimiter', () => {
  it('refuses after max failures within the window, then forgets them', () => {
    let now = 0;
    const limiter = createFailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) limiter.fail('1.2.3.4');
    expect(() => limiter.check('1.2.3.4')).toThrow(ApiError);
    expect(() => limiter.check('1.2.3.4')).toThrow('try again in 1 min');
    now = 15_000;
    expect(() => limiter.check('1.2.3.4')).toThrow(
      expect.objectContaining({ status: 429, retryAfterSeconds: 45 }),
    );
    expect(() => limiter.check('5.6.7.8')).not.toThrow();
    now = 60_001;
    expect(() => limiter.check('1.2.3.4')).not.toThrow();
  });
});

describe('POST /api/auth/redeem', () => {
  it('answers 429 rate_limited after 20 bad invites from one address, even for a good one', async () => {
    const server = await startTestServer({ distDir: '/nonexistent' });
    const redeem = (invite: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { invite, clientID: randomUUID(), deviceName: 'Phone' },
      });
    for (let i = 0; i < 20; i++) expect((await redeem(`guess-${i}-${'x'.repeat(20)}`)).statusCode).toBe(401);
    const good = await redeem(await server.invite('Ana', 'creator'));
    expect([good.statusCode, good.json().error]).toEqual([429, 'rate_limited']);
    // The lockout says when to come back: when the oldest failure leaves the 10-minute window.
    const retryAfter = Number(good.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    await server.close();
  });
});
