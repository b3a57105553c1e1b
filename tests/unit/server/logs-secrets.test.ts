// sec-02: a whole scenario (sign-in by invite, pulls, a calendar feed made and fetched, a schedule
// feed token made, used and revoked, a preview upload, team invites as QR links, push subscriptions
// and a notification that fails, bad tokens) logged at trace level: no secret it issued or was sent,
// nor a useful piece of one, is in the log.
import { createECDH, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { hashToken, newToken } from '../../../src/server/auth/tokens.ts';
import { seedIfEmpty } from '../../../src/server/bootstrap.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { DEMO_IDS, paris2024Demo } from '../../../src/server/demo/paris2024.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { redactRequestUrl } from '../../../src/server/ops/logging.ts';
import { createPushService, type PushService } from '../../../src/server/push/service.ts';
import type { PushJob, SendOutcome } from '../../../src/server/push/queue.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import type { SyncService } from '../../../src/server/sync/service.ts';
import { odfFile } from '../shared/odf-fixtures.ts';

/** A piece this long of a 43-character secret would already narrow a guess too much. */
const USEFUL_PIECE = 12;

const lines: string[] = [];
const stream = new Writable({
  write(chunk, _enc, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});
let store: ServerStore;
let app: ReturnType<typeof buildApp>;
let sync: SyncService;
let push: PushService;
/** What the stand-in push service answers, in turn (a refusal whose body names nothing secret, then gone). */
const answers: SendOutcome[] = [
  { ok: false, kind: 'refused', status: 400, message: 'UnauthorizedRegistration' },
  { ok: false, kind: 'gone', status: 410 },
];
const sent: PushJob[] = [];
beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  await seedIfEmpty(store, paris2024Demo);
  sync = createSyncService(store, createPoker());
  // As main.ts wires it: push's log lines go through the app's logger.
  const appLog: { current?: ReturnType<typeof buildApp>['log'] } = {};
  push = await createPushService({
    store,
    subject: 'mailto:ops@example.org',
    hosts: ['push.example.net'],
    send: async (job) => (sent.push(job), answers.shift() ?? { ok: true, status: 201 }),
    queue: { wait: async () => {} },
    log: { warn: (d, m) => appLog.current?.warn(d, m), error: (d, m) => appLog.current?.error(d, m) },
  });
  sync.onApplied((m) => push.applied(m));
  app = buildApp(
    { distDir: '/nonexistent', logger: { level: 'trace', stream } },
    { store, sync, poker: createPoker(), push },
  );
  appLog.current = app.log;
});
afterAll(async () => {
  push.close();
  await app.close();
  await store.close();
});

describe('the log of a whole scenario', () => {
  it('holds no secret the server issued or was sent, nor a useful piece of one', async () => {
    const secrets: string[] = [];
    const keep = (s: string) => (secrets.push(s, hashToken(s)), s);
    const admin = (await store.listEntities('member')).find((m) => m.role === 'admin')!;

    // Sign-in by invite: an admin laptop and a creator's phone.
    const signIn = async (memberId: string) => {
      const invite = keep((await createInvite(store, memberId)).token);
      const clientID = randomUUID();
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { invite, clientID, deviceName: 'phone' },
      });
      expect(res.statusCode).toBe(200);
      const session = res.json() as { deviceToken: string; deviceId: string };
      return { invite, clientID, deviceId: session.deviceId, token: keep(session.deviceToken) };
    };
    const desk = await signIn(admin.id);
    const nora = await signIn(DEMO_IDS.members.creatorNora);
    const bearer = (who: { token: string }) => ({ authorization: `Bearer ${who.token}` });

    for (const who of [desk, nora]) {
      const pull = await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: bearer(who),
        payload: { schemaVersion: 1, clientID: who.clientID, cookie: null, ackedMutationID: 0 },
      });
      expect(pull.statusCode).toBe(200);
    }

    // A calendar feed: made by the admin, fetched by a calendar app, revoked, fetched again.
    const made = await app.inject({
      method: 'POST',
      url: '/api/calendar/feeds',
      headers: bearer(desk),
      payload: { memberId: DEMO_IDS.members.creatorNora },
    });
    expect(made.statusCode).toBe(201);
    const path = made.json().path as string;
    keep(/\/api\/calendar\/(.+)\.ics$/.exec(path)![1]!);
    expect((await app.inject({ url: path })).statusCode).toBe(200);
    expect((await app.inject({ url: `${path}?refresh=1` })).statusCode).toBe(200);
    await app.inject({
      method: 'DELETE',
      url: `/api/calendar/feeds/${DEMO_IDS.members.creatorNora}`,
      headers: bearer(desk),
    });
    expect((await app.inject({ url: path })).statusCode).toBe(404);
    expect((await app.inject({ url: path.replace('.ics', '') })).statusCode).toBe(404);

    // A preview upload and its download.
    const preview = randomUUID();
    const image = DEMO_IDS.signatures.cauldronFromLouvre;
    const upload = await app.inject({
      method: 'PUT',
      url: `/api/previews/${preview}?signature=${image}`,
      headers: { ...bearer(desk), 'content-type': 'image/jpeg' },
      payload: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9]),
    });
    expect(upload.statusCode).toBe(201);
    expect((await app.inject({ url: `/api/previews/${preview}`, headers: bearer(desk) })).statusCode).toBe(
      200,
    );

    // The team screen: a QR link for another device of Nora's and one for a new member, previewed.
    for (const payload of [
      { memberId: DEMO_IDS.members.creatorNora },
      { name: 'Inès Morel', role: 'creator', job: 'photographer' },
    ]) {
      const invited = await app.inject({
        method: 'POST',
        url: '/api/team/invites',
        headers: bearer(desk),
        payload,
      });
      expect(invited.statusCode).toBe(201);
      const token = keep(/#invite=(.+)$/.exec(invited.json().link as string)![1]!);
      const preview = await app.inject({
        method: 'POST',
        url: '/api/auth/invite',
        payload: { invite: token },
      });
      expect(preview.statusCode).toBe(200);
    }
    expect((await app.inject({ url: '/api/team', headers: bearer(desk) })).statusCode).toBe(200);

    // Nora's phone subscribes (its endpoint and keys are secrets too); one more off the known services.
    const subscription = {
      endpoint: `https://push.example.net/wpush/v2/${keep(newToken())}`,
      keys: {
        p256dh: keep(createECDH('prime256v1').generateKeys('base64url')),
        auth: keep(newToken().slice(0, 22)),
      },
      lang: 'en',
    };
    const subscribe = (body: object) =>
      app.inject({ method: 'PUT', url: '/api/push/subscription', headers: bearer(nora), payload: body });
    expect(
      (await subscribe({ ...subscription, endpoint: `https://evil.example.org/${keep(newToken())}` }))
        .statusCode,
    ).toBe(400);
    expect((await subscribe({ ...subscription, keys: { ...subscription.keys, auth: '!' } })).statusCode).toBe(
      400,
    );
    expect((await subscribe(subscription)).statusCode).toBe(200);
    // The desk moves Nora's spot twice: the first notification is refused (logged), the second is gone.
    const mine = (await store.listEntities('assignment')).find(
      (a) => a.memberId === DEMO_IDS.members.creatorNora && a.spotId,
    )!;
    for (const [i, label] of ['Tower, level 2', 'Tower, level 3'].entries()) {
      const moved = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: bearer(desk),
        payload: {
          schemaVersion: 2,
          clientID: desk.clientID,
          mutations: [
            {
              id: i + 1,
              name: 'spot.update',
              args: { id: mine.spotId, label },
              at: new Date().toISOString(),
            },
          ],
        },
      });
      expect(moved.json().results[0]).toMatchObject({ outcome: 'applied' });
      await push.decided();
      await push.queue.idle();
    }
    expect(sent.map((j) => j.subscription.endpoint)).toEqual([subscription.endpoint, subscription.endpoint]);
    expect(await store.push.subscriptionOf(nora.deviceId)).toBeUndefined();
    // A schedule feed token: made by the admin, used by a results system (a good message, a bad one,
    // the token in the query too), listed, revoked, used again; and a guessed one.
    const codes = await sync.applyAsSystem(
      [{ name: 'venue.codes', args: { id: DEMO_IDS.venues.pontAlexandreIII, odfCodes: ['ALX'] } }],
      { memberId: admin.id, role: 'admin' },
    );
    expect(codes.results[0]!.outcome).toBe('applied');
    const feedMade = await app.inject({
      method: 'POST',
      url: '/api/feeds/tokens',
      headers: bearer(desk),
      payload: { name: 'Results system' },
    });
    expect(feedMade.statusCode).toBe(201);
    const feedToken = keep(feedMade.json().token as string);
    const odf = (token: string, body: string, query = '') =>
      app.inject({
        method: 'POST',
        url: `/api/feeds/odf${query}`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
        payload: body,
      });
    expect((await odf(feedToken, odfFile('tri-schedule.xml'))).statusCode).toBe(200);
    expect((await odf(feedToken, '<OdfBody', `?token=${feedToken}`)).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/feeds/tokens', headers: bearer(desk) })).statusCode).toBe(200);
    const feedId = feedMade.json().id as string;
    await app.inject({ method: 'DELETE', url: `/api/feeds/tokens/${feedId}`, headers: bearer(desk) });
    expect((await odf(feedToken, odfFile('tri-schedule.xml'))).statusCode).toBe(401);
    expect((await odf(keep(newToken()), odfFile('tri-schedule.xml'))).statusCode).toBe(401);

    // Bad tokens: unknown, a used invite again, secrets where they do not belong (query, path).
    const stranger = keep(newToken());
    expect((await app.inject({ url: '/api/auth/me', headers: bearer({ token: stranger }) })).statusCode).toBe(
      401,
    );
    const reused = await app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { invite: desk.invite, clientID: randomUUID(), deviceName: 'again' },
    });
    expect(reused.statusCode).toBe(401);
    await app.inject({ url: `/api/auth/me?token=${nora.token}&access_token=${desk.token}` });
    await app.inject({ url: `/api/sync/poke?invite=${encodeURIComponent(nora.invite)}` });
    await app.inject({ method: 'POST', url: `/api/auth/redeem/${stranger}`, payload: {} });
    await app.inject({ url: `/api/audit?kind=moment&id=${stranger}`, headers: bearer(desk) });

    // Every request was logged, just not its secrets.
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(log).toContain('/api/calendar/[redacted].ics');
    expect(log).toContain('/api/sync/pull');
    expect(log).toContain(`/api/previews/${preview}?signature=${image}`);
    expect(log).toContain('push notification not delivered');
    expect(log).toContain('push.example.net');
    expect(log).toContain('schedule feed message');
    expect(log).toContain('/api/feeds/odf?token=[redacted]');
    expect(secrets.length).toBe(28);
    for (const secret of secrets) {
      expect(log, 'a whole secret').not.toContain(secret);
      for (let i = 0; i + USEFUL_PIECE <= secret.length; i++)
        expect(log, `a piece of a secret at ${i}`).not.toContain(secret.slice(i, i + USEFUL_PIECE));
    }
  });
});

describe('redactRequestUrl', () => {
  it('hides feed secrets, token-shaped segments and every query value but plain ones', () => {
    const secret = newToken();
    expect(redactRequestUrl(`/api/calendar/${secret}.ics`)).toBe('/api/calendar/[redacted].ics');
    expect(redactRequestUrl(`/api/calendar/short`)).toBe('/api/calendar/[redacted]');
    expect(redactRequestUrl('/api/calendar/feeds')).toBe('/api/calendar/feeds');
    const id = randomUUID();
    expect(redactRequestUrl(`/api/previews/${id}?signature=${id}`)).toBe(
      `/api/previews/${id}?signature=${id}`,
    );
    expect(redactRequestUrl(`/x/${secret}/y`)).toBe('/x/[redacted]/y');
    expect(redactRequestUrl(`/api/audit?kind=moment&limit=5&token=abc`)).toBe(
      '/api/audit?kind=moment&limit=5&token=[redacted]',
    );
    expect(redactRequestUrl(`/api/audit?id=${secret}`)).toBe('/api/audit?id=[redacted]');
    expect(redactRequestUrl(`/api/x?${secret}`)).toBe('/api/x?[redacted]');
    expect(redactRequestUrl(`/signin#invite=${secret}`)).toBe('/signin');
  });
});
