// PUT/GET /api/previews/:id: JPEG bytes from an assigned creator or the desk, stored once, read by the team.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src/server/demo/paris2024.ts';
import { MAX_PREVIEW_BYTES } from '../../../src/shared/mutations/previews.ts';
import { startTestServer } from '../../fakes/server.ts';
import type { TestServer } from '../../fakes/server.ts';

let server: TestServer;
let creator: string;
let stranger: string;
let editor: string;
const IMAGE = DEMO_IDS.signatures.cauldronFromLouvre;
/** A tiny JPEG-looking body: the server checks the SOI marker, not the whole file. */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

beforeAll(async () => {
  server = await startTestServer({ distDir: '/nonexistent', demo: true });
  const zoe = await server.signIn('Zoé', 'creator');
  creator = zoe.deviceToken;
  stranger = (await server.signIn('Yann', 'creator')).deviceToken;
  editor = (await server.signIn('Eve', 'editor')).deviceToken;
  const image = await server.store.getEntity('signature', IMAGE);
  const { results } = await server.sync.applyAsSystem(
    [
      {
        name: 'assignment.create',
        args: { id: randomUUID(), memberId: zoe.member.id, momentId: image!.momentId, note: '' },
      },
    ],
    { memberId: server.adminId, role: 'admin' },
  );
  expect(results[0]?.outcome).toBe('applied');
});
afterAll(() => server.close());

const put = (
  token: string,
  id: string,
  body: Buffer | string,
  query = `?signature=${IMAGE}`,
  type = 'image/jpeg',
) =>
  server.app.inject({
    method: 'PUT',
    url: `/api/previews/${id}${query}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    payload: body,
  });
const get = (token: string | null, id: string) =>
  server.app.inject({
    url: `/api/previews/${id}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe('previews over HTTP', () => {
  it('stores the assigned creator’s snapshot once and serves it to the desk', async () => {
    const id = randomUUID();
    expect((await get(editor, id)).statusCode).toBe(404);
    const first = await put(creator, id, JPEG);
    expect([first.statusCode, first.json()]).toEqual([201, { id, size: JPEG.length }]);
    // A retried upload (the answer was lost on a bad network) is a success, not a second copy.
    expect((await put(creator, id, JPEG)).statusCode).toBe(200);
    const res = await get(editor, id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toContain('private');
    expect(Buffer.from(res.rawPayload)).toEqual(JPEG);
  });

  it('refuses creators not on the moment, unsigned callers, and an id taken by another image', async () => {
    const id = randomUUID();
    const refused = await put(stranger, id, JPEG);
    expect([refused.statusCode, refused.json().error]).toEqual([403, 'forbidden']);
    expect((await get(editor, id)).statusCode).toBe(404);
    expect((await get(null, id)).statusCode).toBe(401);
    expect((await put(editor, id, JPEG)).statusCode).toBe(201);
    const other = await put(editor, id, JPEG, `?signature=${DEMO_IDS.signatures.cauldronHistoricAxis}`);
    expect([other.statusCode, other.json().error]).toEqual([409, 'conflict']);
  });

  it('refuses a re-upload of an id with other bytes (409), keeps the first, and accepts the same bytes (200)', async () => {
    const id = randomUUID();
    expect((await put(creator, id, JPEG)).statusCode).toBe(201);
    const changed = Buffer.from([...JPEG.subarray(0, -2), 9, 0xff, 0xd9]);
    const refused = await put(creator, id, changed);
    expect([refused.statusCode, refused.json().error]).toEqual([409, 'conflict']);
    expect(refused.json().message).toMatch(/other bytes/);
    expect(Buffer.from((await get(editor, id)).rawPayload)).toEqual(JPEG);
    expect((await put(creator, id, JPEG)).statusCode).toBe(200);
  });

  it('names the bad field, never a 500', async () => {
    const cases = [
      [await put(editor, 'not-a-uuid', JPEG), 400, /^id: must be a UUID/],
      [await put(editor, randomUUID(), JPEG, ''), 400, /^signature: must be a UUID/],
      [
        await put(editor, randomUUID(), JPEG, `?signature=${randomUUID()}`),
        404,
        /^signature: .* does not exist/,
      ],
      [await put(editor, randomUUID(), Buffer.from('GIF89a-----')), 400, /^body: not a JPEG image/],
      [await put(editor, randomUUID(), '{"a":1}', undefined, 'application/json'), 415, /image\/jpeg/],
      [await put(editor, randomUUID(), 'hello', undefined, 'text/plain'), 415, /image\/jpeg/],
      [await put(editor, randomUUID(), Buffer.alloc(MAX_PREVIEW_BYTES + 10, 0xff)), 413, /bytes limit/],
    ] as const;
    for (const [res, status, message] of cases) {
      expect({ status: res.statusCode, message: res.json().message }).toEqual({
        status,
        message: expect.stringMatching(message),
      });
    }
  });
});

describe('GET /api/config', () => {
  it('tells the phone where map tiles come from, without signing in', async () => {
    const res = await server.app.inject({ url: '/api/config' });
    expect(res.statusCode).toBe(200);
    expect(res.json().tiles).toEqual({
      url: expect.stringContaining('{z}'),
      attribution: expect.any(String),
      allowBulk: expect.any(Boolean),
    });
  });
});
