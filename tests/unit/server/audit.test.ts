// The audit trail: on SQLite, and GET /api/audit for planners and admins only, with named 4xx for bad queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { TestServer } from '../../fakes/server.ts';
import { startTestServer } from '../../fakes/server.ts';
import { runAuditSuite } from './audit.suite.ts';

runAuditSuite('SQLite', () => openSqliteStore(':memory:'));

describe('GET /api/audit', () => {
  let server: TestServer;
  let planner: string;
  let editor: string;
  beforeAll(async () => {
    server = await startTestServer();
    planner = (await server.signIn('Paul', 'planner')).deviceToken;
    editor = (await server.signIn('Edith', 'editor')).deviceToken;
  });
  afterAll(() => server.close());

  const get = (url: string, token?: string) =>
    server.app.inject({ url, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers planners with entries newest first, in the agreed shape', async () => {
    const res = await get('/api/audit?kind=member&limit=2', planner);
    expect(res.statusCode).toBe(200);
    const { entries } = res.json();
    expect(entries).toHaveLength(2);
    expect(Object.keys(entries[0]).sort()).toEqual(
      [
        'args',
        'at',
        'changes',
        'deviceId',
        'loggedAt',
        'memberId',
        'memberName',
        'name',
        'outcome',
        'reason',
        'code',
        'params',
        'clockOff',
      ].sort(),
    );
    expect(entries[0].changes[0]).toMatchObject({ kind: 'member', before: null, after: { name: 'Edith' } });
    expect(entries[0].loggedAt >= entries[1].loggedAt).toBe(true);
  });

  it('refuses editors and creators, and callers without a token', async () => {
    expect([
      (await get('/api/audit', editor)).statusCode,
      (await get('/api/audit', editor)).json().error,
    ]).toEqual([403, 'forbidden']);
    expect((await get('/api/audit')).statusCode).toBe(401);
  });

  it('names the bad parameter', async () => {
    const cases: [string, RegExp][] = [
      ['/api/audit?kind=balcony', /kind/],
      ['/api/audit?id=abc', /kind: required with id/],
      ['/api/audit?limit=0', /limit/],
      ['/api/audit?limit=9999', /limit/],
      ['/api/audit?since=yesterday', /since/],
      ['/api/audit?kind=moment&kind=spot', /kind/],
      ['/api/audit?sort=asc', /sort|unrecognized/i],
      ['/api/audit?kind=moment&id=%00%27%20OR%201%3D1', /id: must be a record id/],
    ];
    for (const [url, message] of cases) {
      const res = await get(url, planner);
      expect([url, res.statusCode, res.json().error]).toEqual([url, 400, 'invalid_body']);
      expect(res.json().message).toMatch(message);
    }
  });

  it('accepts a since with an offset (08:00 in Paris)', async () => {
    const res = await get(`/api/audit?since=${encodeURIComponent('2000-01-01T08:00:00+02:00')}`, planner);
    expect(res.statusCode).toBe(200);
    expect(res.json().entries.length).toBeGreaterThan(0);
  });
});
