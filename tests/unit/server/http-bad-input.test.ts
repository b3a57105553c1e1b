// Many malformed requests: each gets the right 4xx JSON error naming the problem, and the database is unchanged.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/shared/domain/entities.ts';
import { MAX_BODY_BYTES } from '../../../src/shared/protocol/limits.ts';
import { startTestServer } from '../../fakes/server.ts';
import type { TestServer } from '../../fakes/server.ts';
import { AT, pullBody, pushBody, venueArgs } from '../../fakes/server-fixtures.ts';
import { WIRE } from '../../fakes/wire.ts';

let server: TestServer;
let token: string;
// Fixed before the cases are built: they embed it.
const clientID = randomUUID();
beforeAll(async () => {
  server = await startTestServer({ distDir: '/nonexistent' });
  token = (await server.signIn('Ana', 'planner', clientID)).deviceToken;
});
afterAll(() => server.close());

/** Everything a request could have written, counted. */
async function snapshot() {
  const { store } = server;
  const rows = await Promise.all(KINDS.map((k) => store.listEntities(k).then((r) => r.length)));
  return {
    version: await store.version(),
    rows,
    log: (await store.mutationLog()).length,
    lastMutationID: await store.lastMutationID(clientID),
    devices: (await store.listDevices()).length,
    invites: (await store.listInvites()).filter((i) => i.usedAt !== null).length,
  };
}

const json = { 'content-type': 'application/json' };
const push = (over: object) =>
  JSON.stringify({ ...pushBody(clientID, 1, [{ name: 'venue.put', args: venueArgs() }]), ...over });
const many = (n: number) =>
  JSON.stringify(
    pushBody(
      clientID,
      1,
      Array.from({ length: n }, () => ({ name: 'venue.put', args: venueArgs() })),
    ),
  );

interface Case {
  what: string;
  url?: string;
  headers?: Record<string, string>;
  payload: string;
  status: number;
  error: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    what: 'not JSON',
    payload: '{"schemaVersion":1,',
    status: 400,
    error: 'invalid_json',
    message: /not valid JSON/,
  },
  { what: 'empty JSON body', payload: '', status: 400, error: 'invalid_json', message: /empty/ },
  { what: 'JSON null', payload: 'null', status: 400, error: 'invalid_body', message: /\(root\)/ },
  { what: 'an array', payload: '[]', status: 400, error: 'invalid_body', message: /\(root\)/ },
  {
    what: 'prototype poisoning',
    payload: '{"__proto__":{"x":1}}',
    status: 400,
    error: 'invalid_json',
    message: /JSON/,
  },
  {
    what: 'missing fields',
    payload: '{}',
    status: 400,
    error: 'invalid_body',
    message: /schemaVersion: .*clientID: /s,
  },
  {
    what: 'schemaVersion a string',
    payload: push({ schemaVersion: '1' }),
    status: 400,
    error: 'invalid_body',
    message: /^schemaVersion: /,
  },
  {
    what: 'clientID not a UUID',
    payload: push({ clientID: 'phone-1' }),
    status: 400,
    error: 'invalid_body',
    message: /^clientID: must be a UUID/,
  },
  {
    what: 'mutations not an array',
    payload: push({ mutations: 'all' }),
    status: 400,
    error: 'invalid_body',
    message: /^mutations: /,
  },
  {
    what: 'no mutations',
    payload: push({ mutations: [] }),
    status: 400,
    error: 'invalid_body',
    message: /^mutations: /,
  },
  {
    what: 'mutation id 0',
    payload: push({ mutations: [{ id: 0, name: 'venue.put', args: {}, at: AT }] }),
    status: 400,
    error: 'invalid_body',
    message: /^mutations\.0\.id: /,
  },
  {
    what: 'mutation id fractional',
    payload: push({ mutations: [{ id: 1.5, name: 'venue.put', args: {}, at: AT }] }),
    status: 400,
    error: 'invalid_body',
    message: /^mutations\.0\.id: /,
  },
  {
    what: 'at not a date',
    payload: push({ mutations: [{ id: 1, name: 'venue.put', args: {}, at: 'tonight' }] }),
    status: 400,
    error: 'invalid_body',
    message: /^mutations\.0\.at: must be an ISO 8601/,
  },
  {
    what: 'name missing',
    payload: push({ mutations: [{ id: 1, args: {}, at: AT }] }),
    status: 400,
    error: 'invalid_body',
    message: /^mutations\.0\.name: /,
  },
  {
    what: 'name too long',
    payload: push({ mutations: [{ id: 1, name: 'x'.repeat(65), args: {}, at: AT }] }),
    status: 400,
    error: 'invalid_body',
    message: /^mutations\.0\.name: /,
  },
  {
    what: 'too many mutations',
    payload: many(201),
    status: 400,
    error: 'invalid_body',
    message: /at most 200 mutations/,
  },
  {
    what: 'too large',
    payload: push({ padding: 'x'.repeat(MAX_BODY_BYTES) }),
    status: 413,
    error: 'too_large',
    message: /1048576 bytes/,
  },
  {
    what: 'another clientID',
    payload: push({ clientID: randomUUID() }),
    status: 403,
    error: 'unknown_client',
    message: /clientID/,
  },
  {
    what: 'a gap in ids',
    payload: push({ mutations: [{ id: 3, name: 'venue.put', args: venueArgs(), at: AT }] }),
    status: 409,
    error: 'mutation_gap',
    message: /expected mutation 1, got 3/,
  },
  {
    what: 'a gap inside the push',
    payload: push({ mutations: [1, 3].map((id) => ({ id, name: 'venue.put', args: venueArgs(), at: AT })) }),
    status: 409,
    error: 'mutation_gap',
    message: /mutations\.1\.id: expected 2, got 3/,
  },
  {
    what: 'an old client',
    payload: push({ schemaVersion: 0 }),
    status: 409,
    error: 'client_too_old',
    message: /update the app/,
  },
  {
    what: 'a client from the future',
    payload: push({ schemaVersion: 99 }),
    status: 409,
    error: 'server_too_old',
    message: /protocol 99/,
  },
  {
    what: 'text/plain',
    headers: { 'content-type': 'text/plain' },
    payload: push({}),
    status: 415,
    error: 'unsupported_media_type',
    message: /Content-Type: expected application\/json/,
  },
  {
    what: 'a form',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'a=1',
    status: 415,
    error: 'unsupported_media_type',
    message: /Content-Type/,
  },
  {
    what: 'a pull with a negative cookie',
    url: '/api/sync/pull',
    payload: JSON.stringify({ ...pullBody(clientID), cookie: -1 }),
    status: 400,
    error: 'invalid_body',
    message: /^cookie: /,
  },
  {
    what: 'a pull without ackedMutationID',
    url: '/api/sync/pull',
    payload: JSON.stringify({ ...WIRE, clientID, cookie: null }),
    status: 400,
    error: 'invalid_body',
    message: /^ackedMutationID: /,
  },
  {
    what: 'a redeem without invite',
    url: '/api/auth/redeem',
    payload: JSON.stringify({ clientID: randomUUID(), deviceName: 'x' }),
    status: 400,
    error: 'invalid_body',
    message: /^invite: /,
  },
  {
    what: 'a redeem as text',
    url: '/api/auth/redeem',
    headers: { 'content-type': 'text/plain' },
    payload: 'invite',
    status: 415,
    error: 'unsupported_media_type',
    message: /Content-Type/,
  },
];

describe('bad input on the API', () => {
  it.each(cases)('$what → $status $error', async (c) => {
    const before = await snapshot();
    const res = await server.app.inject({
      method: 'POST',
      url: c.url ?? '/api/sync/push',
      headers: { authorization: `Bearer ${token}`, ...json, ...c.headers },
      payload: c.payload,
    });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    expect({ status: res.statusCode, error: body.error }).toEqual({ status: c.status, error: c.error });
    expect(body.message).toMatch(c.message);
    expect(await snapshot()).toEqual(before);
  });

  it('records garbage args as a rejected mutation naming the field, and writes no row', async () => {
    const before = await snapshot();
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${token}`, ...json },
      payload: pushBody(clientID, 1, [
        { name: 'venue.put', args: { ...venueArgs(), position: { lat: 'north' } } },
        { name: 'venue.explode', args: 42 },
      ]),
    });
    // Not a 4xx: the mutation is well-formed protocol; the rules refuse it so the client's queue moves on.
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([
      {
        id: 1,
        outcome: 'rejected',
        code: 'invalid_args',
        params: { path: 'position.lat', problem: 'wrong_type' },
        reason: expect.any(String),
      },
      {
        id: 2,
        outcome: 'rejected',
        code: 'unknown_mutation',
        params: { name: 'venue.explode' },
        reason: expect.any(String),
      },
    ]);
    const after = await snapshot();
    expect({ version: after.version, rows: after.rows }).toEqual({
      version: before.version,
      rows: before.rows,
    });
    expect(after.lastMutationID).toBe(2);
  });

  it('answers JSON 404 for an unknown /api route', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/pulll',
      headers: json,
      payload: '{}',
    });
    expect([res.statusCode, res.json().error]).toEqual([404, 'not_found']);
    expect(res.json().message).toBe('no route POST /api/sync/pulll');
  });
});
