// The fuzz suite: generated hostile requests (bodies, headers, tokens, oversized payloads, injection
// strings in every text field, valid tokens of the wrong role): never a 5xx, nothing stored that should not be.
import { randomUUID } from 'node:crypto';
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
  /** Sometimes a hostile mutation name instead of the case's. */
  name: fc.option(
    hostile.map((h) => h.slice(0, 64)).filter((h) => h.length > 0),
    { freq: 8 },
  ),
  junk: fc.jsonValue({ maxDepth: 3 }),
  pick: fc.infiniteStream(hostile),
});

const randomBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"schemaVersion": 1, "clientID": '),
  fc.constant('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'),
  fc.constant(JSON.stringify({ schemaVersion: 1, clientID: randomUUID(), mutations: [] })),
  fc.constant(
    JSON.stringify({ schemaVersion: 99, clientID: randomUUID(), cookie: null, ackedMutationID: 0 }),
  ),
  fc.constant(
    JSON.stringify({ schemaVersion: 1, clientID: randomUUID(), cookie: -5, ackedMutationID: 1e308 }),
  ),
  fc.constant('x'.repeat(MAX_BODY_BYTES + 10)),
  fc.constant(JSON.stringify({ pad: 'y'.repeat(MAX_BODY_BYTES) })),
);

const url = fc.oneof(
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

const request = fc.oneof(
  { weight: 3, arbitrary: hostilePush.map((p) => ({ kind: 'push' as const, ...p })) },
  { weight: 1, arbitrary: hostileRedeem },
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

/** Runs the fuzzer against a server on the store `open` gives (one suite per test file: `devices` is shared). */
export function runFuzzSuite(name: string, open: () => Promise<ServerStore>, runs: number): void {
  let store: ServerStore;
  let app: ReturnType<typeof buildApp>;

  beforeAll(async () => {
    store = await open();
    const { sync } = await seededService(store);
    // Rate limits high: the fuzzer should reach the handlers, not bounce off 429s.
    app = buildApp(
      { distDir: '/nonexistent', rateLimits: { sync: 1_000_000, signIn: 1_000_000 } },
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
                schemaVersion: 1,
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
            if (res.statusCode === 200 && r.reuseClient) devices.lea.token = res.json().deviceToken;
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
        { numRuns: runs },
      );

      if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries(statuses));
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
      for (const code of [200, 400, 401])
        expect(statuses.get(code) ?? 0, `status ${code}`).toBeGreaterThan(0);
      expect(log.filter((e) => e.status === 'rejected').length).toBeGreaterThan(runs / 10);
      expect(applied.filter((e) => e.deviceId !== null).length).toBeGreaterThan(0);
    }, 240_000);
  });
}
