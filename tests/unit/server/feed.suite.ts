// The schedule feed over HTTP on one store adapter: tokens (made, hashed, revoked, rate-limited, never logged), replays, refusals, the postponement.
import { createHash, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/shared/domain/member.ts';
import { SessionInfo } from '../../../src/shared/protocol/messages.ts';
import { SCHEDULE_FEED_CLIENT_ID, SCHEDULE_FEED_MEMBER_ID } from '../../../src/shared/protocol/feed.ts';
import { createInvite } from '../../../src/server/auth/invites.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { createSyncService } from '../../../src/server/sync/service.ts';
import { odfFile, odfMessage, RSC } from '../shared/odf-fixtures.ts';

const EDITION = '00000000-0000-4000-8000-0000000e0001';
const ALEX = '00000000-0000-4000-8000-0000000e0011';
const STADE = '00000000-0000-4000-8000-0000000e0012';
const MOMENT = '00000000-0000-4000-8000-0000000e0031';
const ASSIGN = '00000000-0000-4000-8000-0000000e0061';

export function runFeedSuite(name: string, open: () => Promise<ServerStore>): void {
  describe(`schedule feed over HTTP: ${name}`, () => {
    const closers: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });

    async function setup(rateLimits = { sync: 10_000, signIn: 10_000, feed: 10_000 }) {
      const store = await open();
      const poker = createPoker();
      const sync = createSyncService(store, poker);
      const log: string[] = [];
      const stream = new Writable({
        write(chunk, _enc, done) {
          log.push(String(chunk));
          done();
        },
      });
      const app = buildApp(
        { distDir: '/nonexistent', logger: { level: 'info', stream }, rateLimits },
        { store, sync, poker },
      );
      const url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
      closers.push(async () => {
        await app.close();
        await store.close();
      });
      const admin: Member = { id: randomUUID(), name: 'Ada', role: 'admin', contact: '' };
      const actor = { memberId: admin.id, role: 'admin' as const };
      const seeded = await sync.applyAsSystem(
        [
          { name: 'member.put', args: admin },
          {
            name: 'edition.create',
            args: {
              id: EDITION,
              type: 'olympic',
              name: 'Paris 2024',
              startDay: '2024-07-26',
              endDay: '2024-08-11',
              timeZone: 'Europe/Paris',
            },
          },
          {
            name: 'venue.put',
            args: {
              id: ALEX,
              name: 'Pont Alexandre III',
              city: 'Paris',
              position: { lat: 48.8637, lng: 2.3137 },
              timeZone: 'Europe/Paris',
            },
          },
          {
            name: 'venue.put',
            args: {
              id: STADE,
              name: 'Stade de France',
              city: 'Saint-Denis',
              position: { lat: 48.9245, lng: 2.3602 },
              timeZone: 'Europe/Paris',
            },
          },
          { name: 'venue.codes', args: { id: ALEX, odfCodes: ['ALX'] } },
        ],
        actor,
      );
      expect(seeded.results.every((r) => r.outcome === 'applied')).toBe(true);
      async function signIn(who: string, role: Member['role']) {
        const member: Member = { id: randomUUID(), name: who, role, contact: '' };
        await sync.applyAsSystem([{ name: 'member.put', args: member }], actor);
        const invite = (await createInvite(store, member.id)).token;
        const res = await fetch(`${url}/api/auth/redeem`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ invite, clientID: randomUUID(), deviceName: `${who}'s laptop` }),
        });
        return { member, token: SessionInfo.parse(await res.json()).deviceToken };
      }
      const ada = await signIn('Ada (laptop)', 'admin');
      const json = (token: string, method: string, path: string, body?: unknown) =>
        fetch(`${url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      async function newFeedToken(label = 'Results system (OVR)') {
        const res = await json(ada.token, 'POST', '/api/feeds/tokens', { name: label });
        expect(res.status).toBe(201);
        return (await res.json()) as { id: string; name: string; token: string };
      }
      const push = (token: string, xml: string | Uint8Array, type = 'application/xml') =>
        fetch(`${url}/api/feeds/odf`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': type },
          body: typeof xml === 'string' ? xml : Buffer.from(xml),
        });
      return { store, sync, url, log, ada, signIn, json, newFeedToken, push, actor };
    }

    it('admins make feed tokens (hashed at rest, shown once), list and revoke them; others may not', async () => {
      const { store, url, json, ada, signIn, newFeedToken, push } = await setup();
      const planner = await signIn('Paul', 'planner');
      expect((await json(planner.token, 'POST', '/api/feeds/tokens', { name: 'x' })).status).toBe(403);
      expect((await fetch(`${url}/api/feeds/tokens`)).status).toBe(401);
      const made = await newFeedToken();
      expect(made.token).toHaveLength(43);
      // Only the SHA-256 is stored, and the token is nowhere in the listing.
      const listed = await (await json(ada.token, 'GET', '/api/feeds/tokens')).json();
      expect(JSON.stringify(listed)).not.toContain(made.token);
      expect(listed).toMatchObject({
        tokens: [{ id: made.id, name: 'Results system (OVR)', revokedAt: null }],
      });
      const hash = createHash('sha256').update(made.token).digest('base64url');
      expect((await store.feeds.byTokenHash(hash))?.id).toBe(made.id);

      expect((await push(made.token, odfFile('tri-schedule.xml'))).status).toBe(200);
      const revoked = await json(ada.token, 'DELETE', `/api/feeds/tokens/${made.id}`);
      expect(await revoked.json()).toEqual({ revoked: 1 });
      const refused = await push(made.token, odfFile('tri-update-1-rescheduled.xml'));
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: 'unauthorized' });
      expect((await json(ada.token, 'DELETE', `/api/feeds/tokens/${randomUUID()}`)).status).toBe(404);
      // A device token is not a feed token, and a feed token is not a device token.
      expect((await push(ada.token, odfFile('tri-schedule.xml'))).status).toBe(401);
      const other = await newFeedToken('Rehearsal feed');
      expect((await json(other.token, 'POST', '/api/sync/pull', {})).status).toBe(401);
    });

    it('never logs a feed token; logs which token pushed which message', async () => {
      const { log, newFeedToken, push } = await setup();
      const feed = await newFeedToken();
      expect((await push(feed.token, odfFile('tri-schedule.xml'))).status).toBe(200);
      expect((await push(feed.token, '<nope')).status).toBe(400);
      expect((await push(`${feed.token}x`, odfFile('tri-schedule.xml'))).status).toBe(401);
      const all = log.join('');
      expect(all).toContain('schedule feed message');
      expect(all).toContain(feed.id);
      expect(all).not.toContain(feed.token);
      expect(all).not.toContain(feed.token.slice(0, 20));
    });

    it('rate-limits each feed token, with Retry-After; wrong tokens are capped per address', async () => {
      const { newFeedToken, push } = await setup({ sync: 10_000, signIn: 10_000, feed: 3 });
      const feed = await newFeedToken();
      const xml = odfFile('tri-schedule.xml');
      for (let i = 0; i < 3; i++) expect((await push(feed.token, xml)).status).toBe(200);
      const limited = await push(feed.token, xml);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBeTruthy();
      expect(await limited.json()).toMatchObject({ error: 'rate_limited' });
      const other = await newFeedToken('Another');
      expect((await push(other.token, xml)).status).toBe(200);
      // Guessing: 20 wrong tokens from this address, then 429 for wrong ones; the live token still works.
      for (let i = 0; i < 20; i++) expect((await push(`${'g'.repeat(40)}${i}`, xml)).status).toBe(401);
      const capped = await push('h'.repeat(43), xml);
      expect([capped.status, ((await capped.json()) as { error: string }).error]).toEqual([
        429,
        'rate_limited',
      ]);
      expect((await push(other.token, xml)).status).toBe(200);
    });

    it('the postponement: creates sessions, moves the chosen moment, names the feed in the audit', async () => {
      const { store, sync, url, json, ada, newFeedToken, push, actor } = await setup();
      const feed = await newFeedToken();
      const first = await push(feed.token, odfFile('tri-schedule.xml'));
      expect(await first.json()).toMatchObject({
        applied: true,
        type: 'DT_SCHEDULE',
        version: 1,
        created: 2,
      });
      const men = (await store.listEntities('session')).find((s) => s.ref === RSC.triMen)!;
      const lea: Member = { id: randomUUID(), name: 'Léa', role: 'creator', contact: '' };
      await sync.applyAsSystem(
        [
          { name: 'member.put', args: lea },
          {
            name: 'moment.create',
            args: {
              id: MOMENT,
              editionId: EDITION,
              venueId: ALEX,
              sessionId: men.id,
              day: '2024-07-30',
              title: 'Men’s triathlon: the dive',
              sport: 'Triathlon',
              why: { kind: 'iconic', text: 'The Seine' },
              keyMomentAt: '2024-07-30T06:00:00.000Z',
              angles: { sport: 'dive', site: 'bridge', public: 'quays' },
            },
          },
          { name: 'assignment.create', args: { id: ASSIGN, memberId: lea.id, momentId: MOMENT, note: '' } },
        ],
        actor,
      );
      const calendar = await json(ada.token, 'POST', '/api/calendar/feeds', { memberId: lea.id });
      const { path } = (await calendar.json()) as { path: string };

      const update = await push(feed.token, odfFile('tri-update-1-rescheduled.xml'));
      expect(await update.json()).toEqual({
        applied: true,
        type: 'DT_SCHEDULE_UPDATE',
        version: 1,
        created: 0,
        updated: 1,
        unchanged: 0,
        stale: 0,
        skipped: 0,
        notices: [],
        message: 'applied: 1 unit updated',
      });
      const moment = (await store.getEntity('moment', MOMENT))!;
      expect(moment).toMatchObject({
        keyMomentAt: '2024-07-31T08:45:00.000Z',
        day: '2024-07-31',
        sessionStatus: 'rescheduled',
        scheduleChange: { kind: 'moved', previousKeyMomentAt: '2024-07-30T06:00:00.000Z' },
      });
      const [entry] = (
        await (await json(ada.token, 'GET', `/api/audit?kind=moment&id=${MOMENT}&limit=1`)).json()
      ).entries as { name: string; memberId: string; memberName: string; deviceId: string }[];
      expect(entry).toMatchObject({
        name: 'schedule.feed',
        memberId: SCHEDULE_FEED_MEMBER_ID,
        memberName: 'Schedule feed',
        deviceId: feed.id,
      });
      // The calendar feed carries the new time (in position an hour before 10:45 Paris).
      const events = parseCalendar(await (await fetch(`${url}${path}`)).text());
      expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2024-07-31T07:45:00.000Z']);

      // Cancelled: the calendar keeps the event, marked CANCELLED.
      const cancel = odfMessage([{ code: RSC.triMen, status: 'CANCELLED', start: '', end: '' }], {
        version: '2',
        date: '2024-07-31',
      });
      expect((await push(feed.token, cancel)).status).toBe(200);
      const ics = await (await fetch(`${url}${path}`)).text();
      expect(ics).toContain('STATUS:CANCELLED');
      expect(parseCalendar(ics)).toHaveLength(1);
    });

    it('is idempotent: the same message again, or an older one after a newer, writes nothing', async () => {
      const { store, newFeedToken, push } = await setup();
      const feed = await newFeedToken();
      await push(feed.token, odfFile('tri-schedule.xml'));
      expect((await push(feed.token, odfFile('tri-update-2-finished.xml'))).status).toBe(200);
      const version = await store.version();
      const logged = (await store.mutationLog(SCHEDULE_FEED_CLIENT_ID)).length;
      for (const name of ['tri-update-2-finished.xml', 'tri-update-1-rescheduled.xml', 'tri-schedule.xml']) {
        const again = await push(feed.token, odfFile(name));
        expect(await again.json(), name).toMatchObject({
          applied: false,
          stale: name === 'tri-schedule.xml' ? 2 : 1,
          message: `nothing changed: ${name === 'tri-schedule.xml' ? '2 units' : '1 unit'} ignored: the plan already holds this message or a newer one (by Version within a message type, by Date and Time across types)`,
        });
      }
      expect(await store.version()).toBe(version);
      expect((await store.mutationLog(SCHEDULE_FEED_CLIENT_ID)).length).toBe(logged);
      const men = (await store.listEntities('session')).find((s) => s.ref === RSC.triMen)!;
      expect([men.status, men.startsAt]).toEqual(['finished', '2024-07-31T08:45:00Z']);
    });

    it('refuses bad messages with a named 4xx, and nothing is half-applied', async () => {
      const { store, newFeedToken, push } = await setup();
      const feed = await newFeedToken();
      await push(feed.token, odfFile('tri-schedule.xml'));
      const rows = async () => JSON.stringify(await store.listEntities('session'));
      const before = await rows();
      const version = await store.version();
      const cases: [string | Uint8Array, number, string, string?][] = [
        ['<OdfBody><Competition></OdfBody>', 400, 'invalid_xml'],
        [
          '<?xml version="1.0"?><!DOCTYPE OdfBody [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><OdfBody/>',
          400,
          'invalid_xml',
        ],
        [new Uint8Array([0x3c, 0x4f, 0xff, 0xfe, 0x3e]), 400, 'invalid_xml'],
        ['', 400, 'invalid_xml'],
        [odfMessage([{}], { type: 'DT_RESULT' }), 422, 'wrong_message_type'],
        [odfMessage([{ code: RSC.triMen, status: 'SOMETIME' }]), 422, 'invalid_feed'],
        [odfMessage([{}], { competition: 'OG2028' }), 422, 'invalid_feed'],
        [
          odfMessage(
            [
              { code: RSC.triWomen, start: '2024-07-31T09:00:00+02:00', end: '2024-07-31T11:00:00+02:00' },
              { code: 'TRIXRELAY-------------FNL-000100--', venue: 'PDI' },
              { code: 'TRIXRELAY-------------SFNL000100--', venue: 'STA' },
            ],
            { version: '8' },
          ),
          422,
          'unknown_code',
        ],
        [JSON.stringify({ DocumentType: 'DT_SCHEDULE' }), 415, 'unsupported_media_type', 'application/json'],
        [odfFile('tri-schedule.xml'), 415, 'unsupported_media_type', 'text/plain'],
        [odfFile('tri-schedule.xml'), 415, 'unsupported_media_type', 'application/json'],
      ];
      for (const [body, status, error, type] of cases) {
        const res = await push(feed.token, body, type);
        const answer = (await res.json()) as { error: string; message: string; codes?: unknown };
        expect([res.status, answer.error], answer.message).toEqual([status, error]);
        if (body === '<OdfBody><Competition></OdfBody>')
          expect(answer.message).toBe('line 1, column 32: not well-formed XML (unexpected close tag.)');
        if (error === 'unknown_code') {
          expect(answer.codes).toEqual([
            { code: 'PDI', ref: 'TRIXRELAY-------------FNL-000100--' },
            { code: 'STA', ref: 'TRIXRELAY-------------SFNL000100--' },
          ]);
        }
      }
      const huge = `${odfFile('tri-schedule.xml')}<!--${'x'.repeat(4 * 1024 * 1024)}-->`;
      const tooLarge = await push(feed.token, huge);
      expect([tooLarge.status, ((await tooLarge.json()) as { error: string }).error]).toEqual([
        413,
        'too_large',
      ]);
      expect(await rows()).toBe(before);
      expect(await store.version()).toBe(version);
    });
  });
}

function parseCalendar(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}
