// Security: headers and a CSP that lets in the configured tile server, rate limits on sign-in and sync,
// and logs that never hold a token.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { hashToken } from '../../../src/server/auth/tokens.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { AppConfig } from '../../../src/server/http/app.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { tileOrigin } from '../../../src/server/http/security.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { AT, ids, seededService } from './permissions.fixture.ts';
import { WIRE } from '../../fakes/wire.ts';

const TILES = { url: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', attribution: '©', allowBulk: false };

async function app(config: Partial<AppConfig> = {}) {
  const store = await openSqliteStore(':memory:');
  const { sync } = await seededService(store);
  const instance = buildApp(
    { distDir: '/nonexistent', tiles: TILES, ...config },
    { store, sync, poker: createPoker() },
  );
  return {
    app: instance,
    store,
    async signIn(memberId: string = ids.planner) {
      const { token } = await createInvite(store, memberId);
      const clientID = randomUUID();
      const res = await instance.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { invite: token, clientID, deviceName: 'phone' },
      });
      return { invite: token, clientID, deviceToken: res.json().deviceToken as string };
    },
    async close() {
      await instance.close();
      await store.close();
    },
  };
}

describe('security headers', () => {
  it('sends a CSP that allows the tile server and nothing else from outside', async () => {
    const s = await app();
    try {
      const res = await s.app.inject({ url: '/api/health' });
      const csp = res.headers['content-security-policy'] as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/\*\.tiles\.example\.org/);
      expect(csp).toMatch(/connect-src 'self' https:\/\/\*\.tiles\.example\.org/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeDefined();
      // Unknown API routes (404s) carry the headers too.
      expect((await s.app.inject({ url: '/api/nope' })).headers['content-security-policy']).toBe(csp);
    } finally {
      await s.close();
    }
  });

  it('derives the origin from a tile URL template', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileOrigin('https://a{s}.maps.example.org/{z}/{x}/{y}.png')).toBe('https://*.maps.example.org');
    expect(() => tileOrigin('ftp://x/{z}/{x}/{y}')).toThrow(/tile URL/);
  });
});

describe('rate limits', () => {
  it('refuses sign-in floods from one address with 429 rate_limited', async () => {
    const s = await app({ rateLimits: { sync: 100, signIn: 3 } });
    try {
      const attempt = () =>
        s.app.inject({
          method: 'POST',
          url: '/api/auth/redeem',
          payload: { invite: 'x'.repeat(20), clientID: randomUUID(), deviceName: 'p' },
        });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      const refused = await attempt();
      expect(refused.json()).toMatchObject({
        error: 'rate_limited',
        message: expect.stringMatching(/sign-in/),
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  });

  it('limits sync per device, not per address', async () => {
    const s = await app({ rateLimits: { sync: 3, signIn: 100 } });
    try {
      const a = await s.signIn(ids.planner);
      const b = await s.signIn(ids.editor);
      const pull = (who: typeof a) =>
        s.app.inject({
          method: 'POST',
          url: '/api/sync/pull',
          headers: { authorization: `Bearer ${who.deviceToken}` },
          payload: { ...WIRE, clientID: who.clientID, cookie: null, ackedMutationID: 0 },
        });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await pull(a)).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const limited = await pull(a);
      expect(limited.json().error).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await pull(b)).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('logs', () => {
  it('are JSON lines that never hold an invite, a device token or its hash', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const s = await app({ logger: { level: 'trace', stream } });
    try {
      const me = await s.signIn();
      const auth = { authorization: `Bearer ${me.deviceToken}` };
      await s.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth,
        payload: {
          ...WIRE,
          clientID: me.clientID,
          mutations: [{ id: 1, name: 'signature.note', args: { id: ids.image, note: 'row 2' }, at: AT }],
        },
      });
      await s.app.inject({ method: 'POST', url: '/api/sync/pull', headers: auth, payload: { bad: true } });
      await s.app.inject({ url: '/api/audit', headers: auth });
      await s.app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${me.deviceToken}x` } });
      await s.app.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { invite: me.invite, clientID: me.clientID, deviceName: 'again' },
      });
      expect(lines.length).toBeGreaterThan(8);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      const all = lines.join('\n');
      for (const secret of [me.deviceToken, me.invite, hashToken(me.deviceToken), hashToken(me.invite)])
        expect(all).not.toContain(secret);
      expect(all).toContain('/api/sync/push'); // the requests are logged, just not their secrets
    } finally {
      await s.close();
    }
  });
});
