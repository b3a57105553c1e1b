// The Paris 2024 demo: applied through the shared mutations as an admin, it is accepted whole and keeps the plan's rules.
import { describe, expect, it } from 'vitest';
import { DEMO_IDS, paris2024Demo } from '../../../src/server/demo/paris2024.ts';
import type { Entity, Kind } from '../../../src/shared/domain/index.ts';
import { distanceMetres, MAX_MOMENTS_PER_DAY } from '../../../src/shared/domain/index.ts';
import { MutationRejected, runMutation } from '../../../src/shared/mutations/index.ts';
import { MemoryTx } from '../../fakes/memory-tx.ts';

const ADMIN = { memberId: 'ad000000-0000-4000-8000-000000000001', role: 'admin' } as const;
const AT = '2024-07-20T08:00:00Z';

/** Applies the demo as the server does; returns the store and every rejection, with its reason. */
async function applyDemo() {
  const tx = new MemoryTx();
  const rejected: string[] = [];
  const demo = paris2024Demo();
  const all = [...demo.members.map((args) => ({ name: 'member.put', args })), ...demo.mutations];
  for (const [index, mutation] of all.entries()) {
    try {
      await runMutation(tx, { ...mutation, at: AT }, ADMIN);
    } catch (error) {
      if (!(error instanceof MutationRejected)) throw error;
      rejected.push(`#${index} ${mutation.name}: ${error.message}`);
    }
  }
  const rows = async <K extends Kind>(kind: K): Promise<Entity<K>[]> => tx.list(kind);
  return { demo, rejected, rows, tx };
}

function dayIn(timeZone: string, instant: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

describe('the Paris 2024 demo', () => {
  it('is accepted whole: no member or mutation is rejected', async () => {
    const { demo, rejected, tx } = await applyDemo();
    expect(rejected).toEqual([]);
    // Every mutation of the demo creates one row, so nothing was silently merged or skipped.
    expect(tx.rows.size).toBe(demo.members.length + demo.mutations.length);
  });

  it('holds both editions, real venues, 40–80 candidates, 10–20 planned images and a small team', async () => {
    const { rows } = await applyDemo();
    const editions = await rows('edition');
    expect(editions.map((e) => [e.type, e.startDay, e.endDay, e.timeZone]).sort()).toEqual([
      ['olympic', '2024-07-26', '2024-08-11', 'Europe/Paris'],
      ['paralympic', '2024-08-28', '2024-09-08', 'Europe/Paris'],
    ]);
    const sessions = await rows('session');
    expect(sessions.length).toBeGreaterThanOrEqual(40);
    expect(sessions.length).toBeLessThanOrEqual(80);
    expect(new Set(sessions.map((s) => s.ref)).size).toBe(sessions.length);
    const images = await rows('signature');
    expect(images.length).toBeGreaterThanOrEqual(10);
    expect(images.length).toBeLessThanOrEqual(20);
    expect(images.every((i) => i.status === 'planned')).toBe(true);
    expect(images.some((i) => i.partner)).toBe(true);
    const roles = (await rows('member')).map((m) => m.role);
    expect(roles.filter((r) => r === 'admin')).toEqual([]);
    expect(roles.filter((r) => r === 'planner')).toHaveLength(1);
    expect(roles.filter((r) => r === 'editor')).toHaveLength(2);
    const creators = roles.filter((r) => r === 'creator').length;
    expect(creators).toBeGreaterThanOrEqual(6);
    expect(creators).toBeLessThanOrEqual(8);
  });

  it('chooses 4–5 moments a day, never more than 5, on ≥ 4 Olympic and ≥ 2 Paralympic days', async () => {
    const { rows } = await applyDemo();
    const byDay = new Map<string, number[]>();
    for (const m of (await rows('moment')).filter((m) => m.status === 'chosen')) {
      const key = `${m.editionId} ${m.day}`;
      byDay.set(key, [...(byDay.get(key) ?? []), m.rank]);
    }
    for (const [day, ranks] of byDay) {
      expect(ranks.length, day).toBeLessThanOrEqual(MAX_MOMENTS_PER_DAY);
      expect(ranks.length, day).toBeGreaterThanOrEqual(4);
      expect(ranks.sort(), day).toEqual(ranks.map((_, i) => i + 1));
    }
    const days = (editionId: string) => [...byDay.keys()].filter((k) => k.startsWith(editionId)).length;
    expect(days(DEMO_IDS.editions.olympic)).toBeGreaterThanOrEqual(4);
    expect(days(DEMO_IDS.editions.paralympic)).toBeGreaterThanOrEqual(2);
  });

  it('gives every Paralympic moment a disability brief (the square) and no Olympic one', async () => {
    const { rows } = await applyDemo();
    const moments = await rows('moment');
    const paralympic = moments.filter((m) => m.editionId === DEMO_IDS.editions.paralympic);
    const olympic = moments.filter((m) => m.editionId === DEMO_IDS.editions.olympic);
    expect(paralympic.length).toBeGreaterThan(0);
    expect(olympic.length).toBeGreaterThan(0);
    for (const m of paralympic) expect(m.angles.disability?.trim(), m.title).toBeTruthy();
    for (const m of olympic) expect(m.angles.disability, m.title).toBeUndefined();
    // Images follow their moment: the disability side only at the Paralympics.
    const editionOf = new Map(moments.map((m) => [m.id, m.editionId]));
    for (const image of await rows('signature')) {
      if (image.sides.includes('disability')) {
        expect(editionOf.get(image.momentId), image.title).toBe(DEMO_IDS.editions.paralympic);
      }
    }
  });

  it("puts each key moment inside its session, on the plan's day, within the edition", async () => {
    const { rows } = await applyDemo();
    const sessions = new Map((await rows('session')).map((s) => [s.id, s]));
    const editions = new Map((await rows('edition')).map((e) => [e.id, e]));
    for (const session of sessions.values()) {
      expect(Date.parse(session.startsAt), session.ref).toBeLessThan(Date.parse(session.endsAt));
      const edition = editions.get(session.editionId)!;
      const day = dayIn(edition.timeZone, session.startsAt);
      expect(day >= edition.startDay && day <= edition.endDay, `${session.ref} on ${day}`).toBe(true);
    }
    for (const moment of await rows('moment')) {
      const session = sessions.get(moment.sessionId ?? '');
      expect(session, moment.title).toBeDefined();
      const key = Date.parse(moment.keyMomentAt);
      expect(key, moment.title).toBeGreaterThanOrEqual(Date.parse(session!.startsAt));
      expect(key, moment.title).toBeLessThanOrEqual(Date.parse(session!.endsAt));
      expect(session!.editionId, moment.title).toBe(moment.editionId);
      expect(dayIn(editions.get(moment.editionId)!.timeZone, moment.keyMomentAt), moment.title).toBe(
        moment.day,
      );
    }
  });

  it("uses valid time zones, with Teahupo'o on Pacific/Tahiti (UTC-10)", async () => {
    const { rows } = await applyDemo();
    const venues = await rows('venue');
    expect(venues.length).toBeGreaterThanOrEqual(17);
    for (const venue of venues) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: venue.timeZone }), venue.name).not.toThrow();
    }
    const teahupoo = venues.find((v) => v.id === DEMO_IDS.venues.teahupoo)!;
    expect(teahupoo.timeZone).toBe('Pacific/Tahiti');
    const offset = new Intl.DateTimeFormat('en', { timeZone: teahupoo.timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date('2024-07-30T12:00:00Z'))
      .find((part) => part.type === 'timeZoneName')?.value;
    expect(offset).toBe('GMT-10');
    expect(venues.filter((v) => v.timeZone !== 'Europe/Paris').map((v) => v.id)).toEqual([teahupoo.id]);
  });

  it('places every spot near its venue, and keeps spots, images and assignments on the same moment', async () => {
    const { rows } = await applyDemo();
    const venues = new Map((await rows('venue')).map((v) => [v.id, v]));
    const moments = new Map((await rows('moment')).map((m) => [m.id, m]));
    const spots = new Map((await rows('spot')).map((s) => [s.id, s]));
    for (const spot of spots.values()) {
      const venue = venues.get(moments.get(spot.momentId)!.venueId)!;
      // A swapped latitude/longitude lands thousands of km away; the farthest real spot is ~2.6 km.
      expect(distanceMetres(spot.camera, venue.position), spot.label).toBeLessThan(5_000);
      expect(spot.bearing, spot.label).toBeDefined();
    }
    for (const image of await rows('signature')) {
      if (image.spotId) expect(spots.get(image.spotId)?.momentId, image.title).toBe(image.momentId);
    }
    const assignments = await rows('assignment');
    for (const a of assignments) {
      if (a.spotId) expect(spots.get(a.spotId)?.momentId, a.note).toBe(a.momentId);
    }
    const perCreatorDay = new Map<string, number>();
    for (const a of assignments) {
      const key = `${a.memberId} ${moments.get(a.momentId)!.day}`;
      perCreatorDay.set(key, (perCreatorDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perCreatorDay.values())).toBeGreaterThanOrEqual(2);
  });

  it('asks for access in every status, with obviously fictional contacts', async () => {
    const { rows } = await applyDemo();
    const access = await rows('access');
    expect(new Set(access.map((a) => a.status))).toEqual(new Set(['to-ask', 'asked', 'granted', 'refused']));
    for (const a of access) expect(a.contactPhone, a.contactName).toMatch(/ 00 00 0\d$/);
  });

  it('has unique, fixed ids, and every id in DEMO_IDS names a row', async () => {
    const { demo, tx } = await applyDemo();
    const ids = [
      ...demo.members.map((m) => m.id),
      ...demo.mutations.map((m) => (m.args as { id: string }).id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(paris2024Demo()).toEqual(demo);
    const stored = new Set([...tx.rows.keys()].map((key) => key.slice(key.indexOf('/') + 1)));
    for (const group of Object.values(DEMO_IDS)) {
      for (const id of Object.values(group)) expect(stored.has(id), id).toBe(true);
    }
    expect((await tx.get('member', DEMO_IDS.members.creatorLea))?.role).toBe('creator');
  });
});
