// The fuzz suite: generated hostile requests (bodies, headers, tokens, oversized payloads, injection
// strings in every text field, valid tokens of the wrong role, preview re-uploads, calendar feeds, secrets in
// URLs): never a 5xx, nothing stored that should not be, no secret in the log.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/shared/domain/entities.ts';
import { MAX_BODY_BYTES } from '../../../src/shared/protocol/limits.ts';
import { createInvite } from '../../../src/server/auth/invites.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { CASES, WHO } from './permissions-matrix.cases.ts';
import type { Who } from './permissions-matrix.cases.ts';
import { AT, ids, seededService } from './permissions.fixture.ts';
import { WIRE } from '../../fakes/wire.ts';

const HOSTILE = [
  "'; DROP TABLE entities; --",
  '" OR 1=1 --',
  "Robert'); DELETE FROM mutation_log;--",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  '../../../../etc/passwd',
  '\u0000\u0001\u0002',
  '\u202e\u200b',
  '%00%0d%0aSet-Cookie: x=y',
  '$where: 1',
  '😀'.repeat(300),
  'x'.repeat(5000),
  '',
  ' ',
];

const MEMBERS: Record<Who, string> = {
  admin: ids.admin,
  planner: ids.planner,
  editor: ids.editor,
  lea: ids.lea,
  hugo: ids.hugo,
};

const devices: Record<Who, { token: string; clientID: string; next: number }> = {} as never;

/** Replaces every string in `value` (deeply) by hostile strings, keeping the shape. */
const poison = (value: unknown, pick: () => string): unknown => {
  if (typeof value === 'string') return pick();
  if (Array.isArray(value)) return value.map((v) => poison(v, pick));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, pick)]));
  return value;
};

const hostile = fc.constantFrom(...HOSTILE);
const who = fc.constantFrom(...WHO);
const headerText = fc.string({
  unit: fc.constantFrom(...'abcXYZ019 -_=/+.,;:\'"<>{}()!?*&^%$#@~`'.split('')),
  maxLength: 300,
});

const authorization = fc.oneof(
  fc.constant(undefined),
  headerText,
  headerText.map((t) => `Bearer ${t}`),
  fc.constant('Bearer ' + 'A'.repeat(250)),
  who.map((w) => `Bearer ${devices[w].token}`),
  who.map((w) => `bearer ${devices[w].token}`),
  who.map((w) => `Bearer ${devices[w].token}' OR '1'='1`),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'image/jpeg',
  undefined,
);

/** A push from a real device: a known mutation, its args poisoned, maybe from a role that may not. */
const hostilePush = fc.record({
  who,
  kase: fc.constantFrom(...CASES),
  mode: fc.constantFrom('poison', 'poison', 'valid', 'random'),
  /** Sometimes (one push in four) a hostile mutation name instead of the case's. */
  name: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: hostile.map((h) => h.slice(0, 64)).filter((h) => h.length > 0) },
  ),
  junk: fc.jsonValue({ maxDepth: 3 }),
  pick: fc.infiniteStream(hostile),
});

const randomBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"schemaVersion": 1, "clientID": '),
  fc.constant('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'),
  fc.constant(JSON.stringify({ ...WIRE, clientID: randomUUID(), mutations: [] })),
  fc.constant(
    JSON.stringify({ schemaVersion: 99, clientID: randomUUID(), cookie: null, ackedMutationID: 0 }),
  ),
  fc.constant(JSON.stringify({ ...WIRE, clientID: randomUUID(), cookie: -5, ackedMutationID: 1e308 })),
  fc.constant('x'.repeat(MAX_BODY_BYTES + 10)),
  fc.constant(JSON.stringify({ pad: 'y'.repeat(MAX_BODY_BYTES) })),
);

/** Secrets where they do not belong: the log must not keep them (sec-02). */
const secretUrl = fc.oneof(
  who.map((w) => `/api/auth/me?access_token=${devices[w].token}`),
  who.map((w) => `/api/calendar/${devices[w].token}.ics`),
  who.map((w) => `/api/sync/pull?token=${encodeURIComponent(devices[w].token)}&x=1`),
  who.map((w) => `/api/previews/${devices[w].token}`),
);

const url = fc.oneof(
  secretUrl,
  fc.constantFrom(
    '/api/sync/push',
    '/api/sync/pull',
    '/api/auth/redeem',
    '/api/auth/me',
    '/api/audit',
    '/api/health',
    '/api/ready',
    '/api/config',
    '/api/nope',
    '/api/../../etc/passwd',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/api/audit?kind=access&id=%27%3B%20DROP%20TABLE%20entities',
    "/api/audit?since=2024-01-01T00:00:00Z' OR 1=1",
    '/api/audit?limit=-1&limit=2',
    '/api/previews/not-a-uuid',
    '/api/calendar/feeds',
    '/api/calendar/feeds/not-a-uuid',
    '/api/calendar/x.ics',
    '/api/calendar/' + 'A'.repeat(43) + '.ics',
    '/%00',
  ),
  hostile.map((h) => `/api/audit?kind=moment&id=${encodeURIComponent(h.slice(0, 100))}`),
);

/** A sign-in with a real invite and a hostile device name. */
const hostileRedeem = fc.record({
  kind: fc.constant('redeem' as const),
  who,
  deviceName: hostile,
  reuseClient: fc.boolean(),
});

/** A few preview ids, so uploads collide: the same bytes again (200), other bytes or another image (409). */
const PREVIEW_IDS = [randomUUID(), randomUUID(), randomUUID()];
const JPEG_START = [0xff, 0xd8, 0xff, 0xe0];
const previewUpload = fc.record({
  kind: fc.constant('preview' as const),
  who,
  id: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PREVIEW_IDS) },
    { weight: 1, arbitrary: fc.constant('not-a-uuid') },
    { weight: 1, arbitrary: hostile },
  ),
  signature: fc.oneof(
    { weight: 6, arbitrary: fc.constant(ids.image) },
    { weight: 1, arbitrary: fc.constant(randomUUID()) },
    { weight: 1, arbitrary: hostile },
  ),
  bytes: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(0, 1, 2).map((n) => Buffer.from([...JPEG_START, n, 0xff, 0xd9])),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)) },
  ),
  contentType: fc.constantFrom('image/jpeg', 'image/jpeg', 'image/jpeg', 'application/json', 'text/plain'),
});

/** A calendar feed made for a member (or a hostile id), then fetched, then fetched with a mangled secret. */
const calendarFeed = fc.record({
  kind: fc.constant('calendar' as const),
  who,
  memberId: fc.oneof(fc.constantFrom(ids.lea, ids.hugo, randomUUID()), hostile),
  mangle: fc.constantFrom('', 'x', '.ics.ics', '%00'),
});

const request = fc.oneof(
  { weight: 3, arbitrary: hostilePush.map((p) => ({ kind: 'push' as const, ...p })) },
  { weight: 1, arbitrary: hostileRedeem },
  { weight: 1, arbitrary: previewUpload },
  { weight: 1, arbitrary: calendarFeed },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      url,
      authorization,
      contentType,
      body: randomBody,
    }),
  },
);

type Request = typeof request extends fc.Arbitrary<infer R> ? R : never;

/** Requests every run starts with: each answer the final checks expect (applied push, 201, 400, 401, 403, 404, 409). */
function certainRequests(): Request[] {
  const push = (w: Who, kase: (typeof CASES)[number], mode: 'valid' | 'poison') => ({
    kind: 'push' as const,
    who: w,
    kase,
    mode,
    name: null,
    junk: null,
    pick: fc.sample(fc.infiniteStream(hostile), { numRuns: 1, seed: 1 })[0]!,
  });
  const byName = (name: string) => CASES.find((c) => c.name === name && !c.before)!;
  const raw = (method: 'GET' | 'POST', url: string, authorization?: string, body = '') => ({
    kind: 'raw' as const,
    method,
    url,
    authorization,
    contentType: 'application/json' as const,
    body,
  });
  const preview = (bytes: number) => ({
    kind: 'preview' as const,
    who: 'lea' as const,
    id: PREVIEW_IDS[0]!,
    signature: ids.image,
    bytes: Buffer.from([...JPEG_START, bytes, 0xff, 0xd9]),
    contentType: 'image/jpeg' as const,
  });
  return [
    push('planner', byName('session.put'), 'valid'), // 200, applied
    push('admin', byName('schedule.import'), 'valid'), // 200, applied
    push('hugo', byName('session.put'), 'valid'), // 200, rejected: a creator may not
    push('planner', byName('session.put'), 'poison'), // 200, rejected: hostile arguments
    preview(0), // 201
    preview(1), // 409: other bytes under the same id
    raw('POST', '/api/sync/push', `Bearer ${devices.lea.token}`, '{"schemaVersion": 1, "clientID": '), // 400
    raw('GET', '/api/auth/me'), // 401
    raw('GET', '/api/nope'), // 404
    { kind: 'redeem' as const, who: 'hugo' as const, deviceName: 'x', reuseClient: true }, // 403: Léa's client
    { kind: 'calendar' as const, who: 'admin' as const, memberId: ids.lea, mangle: 'x' }, // 201, 200, 404
  ];
}

/** Runs the fuzzer against a server on the store `open` gives (one suite per test file: `devices` is shared). */
export function runFuzzSuite(name: string, open: () => Promise<ServerStore>, runs: number): void {
  let store: ServerStore;
  let app: ReturnType<typeof buildApp>;
  const logLines: string[] = [];
  /** Every secret the run issued or sent: none may reach the log. */
  const secrets = new Set<string>();
  /** Preview id → the bytes of its first accepted upload: a later upload never replaces them. */
  const firstBytes = new Map<string, Buffer>();

  beforeAll(async () => {
    store = await open();
    const { sync } = await seededService(store);
    const stream = new Writable({
      write(chunk, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    // Rate limits high: the fuzzer should reach the handlers, not bounce off 429s.
    app = buildApp(
      {
        distDir: '/nonexistent',
        rateLimits: { sync: 1_000_000, signIn: 1_000_000 },
        logger: { level: 'info', stream },
      },
      { store, sync, poker: createPoker() },
    );
    for (const who of WHO) {
      const { token } = await createInvite(store, MEMBERS[who]);
      const clientID = randomUUID();
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { invite: token, clientID, deviceName: who },
      });
      devices[who] = { token: res.json().deviceToken, clientID, next: 1 };
      secrets.add(token).add(res.json().deviceToken);
    }
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  describe(`fuzzing the HTTP API on ${name}`, () => {
    it(`answers ${runs} hostile requests without a 5xx, and stores nothing it should not`, async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          let res;
          if (r.kind === 'push') {
            const device = devices[r.who];
            const args =
              r.mode === 'valid'
                ? r.kase.args()
                : r.mode === 'random'
                  ? r.junk
                  : poison(r.kase.args(), () => r.pick.next().value);
            res = await app.inject({
              method: 'POST',
              url: '/api/sync/push',
              headers: { authorization: `Bearer ${device.token}` },
              payload: {
                ...WIRE,
                clientID: device.clientID,
                mutations: [{ id: device.next, name: r.name ?? r.kase.name, args, at: AT }],
              },
            });
            if (res.statusCode === 200) device.next++;
          } else if (r.kind === 'redeem') {
            const { token } = await createInvite(store, MEMBERS[r.who]);
            // Another member's client is refused (403); Léa's own is taken over by her new device.
            const clientID = r.reuseClient ? devices.lea.clientID : randomUUID();
            res = await app.inject({
              method: 'POST',
              url: '/api/auth/redeem',
              payload: { invite: token, clientID, deviceName: r.deviceName },
            });
            secrets.add(token);
            if (res.statusCode === 200) secrets.add(res.json().deviceToken);
            if (res.statusCode === 200 && r.reuseClient) devices.lea.token = res.json().deviceToken;
          } else if (r.kind === 'preview') {
            res = await app.inject({
              method: 'PUT',
              url: `/api/previews/${encodeURIComponent(r.id)}?signature=${encodeURIComponent(r.signature)}`,
              headers: { authorization: `Bearer ${devices[r.who].token}`, 'content-type': r.contentType },
              payload: r.bytes,
            });
            if (res.statusCode === 201) firstBytes.set(r.id, r.bytes);
            if (res.statusCode === 200) expect(r.bytes.equals(firstBytes.get(r.id)!)).toBe(true);
          } else if (r.kind === 'calendar') {
            const auth = { authorization: `Bearer ${devices[r.who].token}` };
            res = await app.inject({
              method: 'POST',
              url: '/api/calendar/feeds',
              headers: auth,
              payload: { memberId: r.memberId },
            });
            if (res.statusCode === 201) {
              const path = res.json().path as string;
              secrets.add(/\/api\/calendar\/(.+)\.ics$/.exec(path)![1]!);
              const feed = await app.inject({ url: path });
              statuses.set(feed.statusCode, (statuses.get(feed.statusCode) ?? 0) + 1);
              expect(feed.statusCode, feed.body.slice(0, 300)).toBe(200);
              const mangled = await app.inject({ url: path.replace('.ics', `${r.mangle}.ics`) });
              statuses.set(mangled.statusCode, (statuses.get(mangled.statusCode) ?? 0) + 1);
              expect(mangled.statusCode).toBe(r.mangle === '' ? 200 : 404);
            }
          } else {
            const headers: Record<string, string> = {};
            if (r.authorization !== undefined) headers.authorization = r.authorization;
            if (r.contentType !== undefined) headers['content-type'] = r.contentType;
            const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(r.method);
            res = await app.inject({
              method: r.method as 'GET',
              url: r.url,
              headers,
              ...(hasBody ? { payload: r.body } : {}),
            });
          }
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          expect(res.statusCode, `${res.statusCode} ${res.body.slice(0, 300)}`).toBeLessThan(500);
        }),
        // Run first, whatever the seed: one request of each kind the final checks count on, so those
        // checks never depend on chance (CI once drew 400 requests with no applied push on PostgreSQL).
        { numRuns: runs, examples: certainRequests().map((r) => [r]) },
      );

      const count = (from: number) =>
        [...statuses].filter(([code]) => code >= from && code < from + 100).reduce((n, [, c]) => n + c, 0);
      if (process.env.FUZZ_VERBOSE)
        console.log(
          `fuzz on ${name}: ${count(200)} × 2xx, ${count(400)} × 4xx, ${count(500)} × 5xx`,
          Object.fromEntries(statuses),
        );
      expect(count(500)).toBe(0);
      // No secret it issued or was sent is in the log, not even a 12-character piece of one.
      const text = logLines.join('');
      expect(text).toContain('/api/calendar/[redacted].ics');
      for (const secret of secrets)
        for (let i = 0; i + 12 <= secret.length; i += 4) expect(text).not.toContain(secret.slice(i, i + 12));
      // Previews keep the bytes of their first upload.
      for (const [id, bytes] of firstBytes)
        expect(Buffer.from((await store.previews.get(id))!.bytes).equals(bytes)).toBe(true);
      // The server is still up and its tables are intact.
      expect((await app.inject({ url: '/api/ready' })).statusCode).toBe(200);
      const snapshot = await store.pullSnapshot(randomUUID(), null, 0); // parses every live row by its schema
      expect(snapshot.changes.length).toBeGreaterThan(10);
      for (const kind of KINDS) await store.listEntities(kind);

      // Every applied mutation was allowed for its author's role; each bumped the version once.
      const roleOf = new Map((await store.listEntities('member')).map((m) => [m.id, m.role]));
      const allowedRoles = new Map<string, Set<string>>();
      for (const c of CASES) {
        const roles = allowedRoles.get(c.name) ?? new Set<string>();
        c.allowed.forEach((w) => roles.add(w === 'lea' || w === 'hugo' ? 'creator' : w));
        allowedRoles.set(c.name, roles);
      }
      const log = await store.mutationLog();
      const applied = log.filter((e) => e.status === 'applied');
      for (const e of applied.filter((e) => e.deviceId !== null)) {
        expect(
          allowedRoles.get(e.name)?.has(roleOf.get(e.memberId) ?? '?'),
          `${e.name} by ${roleOf.get(e.memberId)}`,
        ).toBe(true);
      }
      expect(await store.version()).toBe(applied.length);
      // No mutator crashed on hostile input (a crash is recorded as a "server error" rejection).
      expect(log.filter((e) => e.code === 'server_error')).toEqual([]);
      // Hugo (assigned nowhere at first) never moved an image.
      const hugoMoves = applied.filter((e) => e.memberId === ids.hugo && e.name.startsWith('signature.'));
      expect(hugoMoves).toEqual([]);
      // The fuzzer reached the handlers: validations, refusals and successes all happened.
      for (const code of [200, 201, 400, 401, 403, 404, 409])
        expect(statuses.get(code) ?? 0, `status ${code}`).toBeGreaterThan(0);
      expect(log.filter((e) => e.status === 'rejected').length).toBeGreaterThan(runs / 10);
      expect(applied.filter((e) => e.deviceId !== null).length).toBeGreaterThan(0);
    }, 240_000);
  });
}
