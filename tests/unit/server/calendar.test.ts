// The per-member iCalendar feed: secret URL made by a planner, parsed back with ical.js in venue zones, revocable.
import ICAL from 'ical.js';
import { DEMO_IDS } from '../../../src/server/demo/paris2024.ts';
import type { TestServer } from '../../fakes/server.ts';
import { startTestServer } from '../../fakes/server.ts';

let server: TestServer;
let planner: string;
let creator: string;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  planner = (await server.signIn('Paula', 'planner')).deviceToken;
  creator = (await server.signIn('Carl', 'creator')).deviceToken;
});
afterAll(() => server.close());

const feeds = (token: string, body: unknown) =>
  fetch(`${server.url}/api/calendar/feeds`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar feeds', () => {
  it('gives a member’s assignments in each venue’s time zone, parsed back with ical.js', async () => {
    const nora = DEMO_IDS.members.creatorNora;
    const made = await feeds(planner, { memberId: nora });
    expect(made.status).toBe(201);
    const { url, path } = (await made.json()) as { url: string; path: string };
    expect(url).toBe(`${server.url}${path}`);

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const events = parse(await res.text());

    const moments = await server.store.listEntities('moment');
    const assigned = new Set(
      (await server.store.listEntities('assignment'))
        .filter((a) => a.memberId === nora)
        .map((a) => a.momentId),
    );
    const expected = moments.filter((m) => assigned.has(m.id) && m.status === 'chosen');
    expect(events.length).toBe(expected.length);
    expect(events.length).toBeGreaterThan(0);
    const venues = new Map((await server.store.listEntities('venue')).map((v) => [v.id, v]));
    for (const m of expected) {
      const event = events.find((e) => e.uid === `${m.id}@plan-de-jeu`)!;
      expect(event.summary).toBe(m.title);
      // In position an hour before the key moment, in the venue's own zone.
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(m.keyMomentAt) - 60 * 60_000);
      expect(event.startDate.zone?.tzid).toBe(venues.get(m.venueId)!.timeZone);
    }
    expect(events.some((e) => e.startDate.zone?.tzid === 'Pacific/Tahiti')).toBe(true);
    // The surfing final is in the plan of 31 July (Paris) but on 30 July at Teahupo'o: both dates are said.
    const surf = events.find((e) => e.startDate.zone?.tzid === 'Pacific/Tahiti')!;
    expect(surf.startDate.day).toBe(30);
    expect(surf.description).toContain(
      'Key moment: 15:34 on Tue 30 Jul at the venue (Pacific/Tahiti), in the plan of Wed 31 Jul',
    );
    ICAL.TimezoneService.reset();
  });

  it('makes one live URL per member: a new one or a revocation ends the old one', async () => {
    const lea = DEMO_IDS.members.creatorLea;
    const first = ((await (await feeds(planner, { memberId: lea })).json()) as { url: string }).url;
    const second = ((await (await feeds(planner, { memberId: lea })).json()) as { url: string }).url;
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);

    const revoked = await fetch(`${server.url}/api/calendar/feeds/${lea}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${planner}` },
    });
    expect(await revoked.json()).toEqual({ revoked: 1 });
    const gone = await fetch(second);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error: 'not_found' });
  });

  it('refuses creators, bad bodies, unknown members and made-up URLs with a clear 4xx', async () => {
    const forbidden = await feeds(creator, { memberId: DEMO_IDS.members.creatorLea });
    expect(forbidden.status).toBe(403);
    const bad = await feeds(planner, { memberId: 'lea' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('memberId');
    const unknown = await feeds(planner, { memberId: '00000000-0000-4000-8000-000000000999' });
    expect(unknown.status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/short`)).status).toBe(404);
  });
});
