// What each person does during the day: creators tap their images, the planner moves cursors, the desk
// selects, publishes and sometimes reopens. Every choice comes from the actor's own seeded generator.
import { randomUUID } from 'node:crypto';
import type { Entity } from '../../src/shared/domain/entities.ts';
import { progress } from '../../src/shared/domain/signature.ts';
import type { Device } from './device.ts';
import type { Rng } from './prng.ts';
import { momentsWithImages } from './team.ts';
import type { Team } from './team.ts';

export interface DayClock {
  /** performance.now() at which everybody stops acting. */
  until: number;
}

/** Note taps waiting to be seen at the desk: unique text → tap time. */
export type NoteWatch = Map<string, number>;

/** A random pause around `meanMs`, cut short at the end of the day so nobody keeps the day open. */
const pause = (rng: Rng, meanMs: number, clock: DayClock) =>
  sleepWithin(meanMs * (0.3 + rng.next() * 1.4), clock);
const sleepWithin = (ms: number, clock: DayClock) =>
  sleep(Math.max(0, Math.min(ms, clock.until - performance.now())));

export async function playCreator(
  device: Device,
  rng: Rng,
  clock: DayClock,
  everyMs: number,
  notes: NoteWatch,
) {
  let count = 0;
  while (performance.now() < clock.until) {
    await pause(rng, everyMs, clock);
    if (performance.now() >= clock.until) return;
    const images = await assignedImages(device);
    if (images.length === 0) continue;
    const image = rng.pick(images);
    // As the app offers it: status buttons only while the phone shows the image before "captured";
    // a stale view (offline, or the desk moved on) still makes taps the server will refuse.
    const open = progress(image.status) < progress('captured');
    const roll = rng.next();
    if (roll < 0.5 || !open) {
      const note = `${device.name} note ${++count}`;
      const tap = await device.tap('signature.note', { id: image.id, note });
      notes.set(note, tap.at);
    } else if (roll < 0.88) {
      const to = image.status === 'planned' && rng.chance(0.6) ? 'in-position' : 'captured';
      await device.tap('signature.advance', { id: image.id, to });
    } else {
      await device.tap('signature.miss', { id: image.id, reason: 'the crowd stood up in front of the spot' });
    }
  }
}

/** A venue network: up for a while, down for a while; "flappy" phones drop every few seconds. */
export async function playNetwork(device: Device, rng: Rng, clock: DayClock, profile: NetworkProfile) {
  const [upMin, upMax, downMin, downMax] = PROFILES[profile];
  while (performance.now() < clock.until) {
    await sleepWithin(rng.int(upMin, upMax), clock);
    if (performance.now() >= clock.until) return;
    device.setOnline(false);
    await sleepWithin(rng.int(downMin, downMax), clock);
    // Still down at the end of the day: the final reconnect (and its convergence) brings it back.
    if (performance.now() >= clock.until) return;
    device.setOnline(true);
  }
}

export type NetworkProfile = 'flappy' | 'spotty' | 'steady';
const PROFILES: Record<NetworkProfile, [number, number, number, number]> = {
  flappy: [1_500, 5_000, 1_000, 4_000],
  spotty: [4_000, 15_000, 3_000, 12_000],
  steady: [12_000, 30_000, 2_000, 6_000],
};

/**
 * Mid-day cursors: take a creator off one moment and send them to another (their queued taps on the
 * old one will be refused), or move a spot a few metres.
 */
export async function playPlanner(team: Team, rng: Rng, clock: DayClock, everyMs: number) {
  const planner = team.planner;
  const moments = await momentsWithImages(planner);
  while (performance.now() < clock.until) {
    await pause(rng, everyMs, clock);
    if (performance.now() >= clock.until) return;
    if (rng.chance(0.6)) {
      // Prefer someone offline with taps queued: the case that must end in visible rejections.
      const waiting = team.creators.filter((c) => !c.network.online);
      const creator = rng.pick(waiting.length ? waiting : team.creators);
      const theirs = (await planner.store.list('assignment')).filter(
        (a) => a.memberId === creator.actor.memberId,
      );
      if (theirs.length === 0) continue;
      const old = rng.pick(theirs);
      await planner.tap('assignment.delete', { id: old.id });
      const others = moments.filter((m) => m !== old.momentId);
      await planner.tap('assignment.create', {
        id: randomUUID(),
        memberId: creator.actor.memberId,
        momentId: rng.pick(others.length ? others : moments),
        note: 'rehearsal: moved at mid-day',
      });
    } else {
      const spots = await planner.store.list('spot');
      if (spots.length === 0) continue;
      const spot = rng.pick(spots);
      const nudge = () => (rng.next() - 0.5) * 0.0004;
      const camera = {
        lat: clamp(spot.camera.lat + nudge(), -90, 90),
        lng: clamp(spot.camera.lng + nudge(), -180, 180),
      };
      await planner.tap('spot.update', { id: spot.id, camera });
    }
  }
}

/** The desk: select what is captured, publish what is selected, now and then reopen an image. */
export async function playEditor(editor: Device, rng: Rng, clock: DayClock, everyMs: number) {
  while (performance.now() < clock.until) {
    await pause(rng, everyMs, clock);
    if (performance.now() >= clock.until) return;
    const images = await editor.store.list('signature');
    const at = (status: Entity<'signature'>['status'][]) => images.filter((i) => status.includes(i.status));
    const reopenable = at(['selected', 'published', 'missed']);
    if (reopenable.length && rng.chance(0.12)) {
      const image = rng.pick(reopenable);
      const to = image.status === 'missed' ? 'planned' : 'captured';
      await editor.tap('signature.reopen', { id: image.id, to, reason: 'the desk wants another take' });
      continue;
    }
    const captured = at(['captured']);
    const selected = at(['selected']);
    if (selected.length && (captured.length === 0 || rng.chance(0.4))) {
      await editor.tap('signature.advance', { id: rng.pick(selected).id, to: 'published' });
    } else if (captured.length) {
      await editor.tap('signature.advance', { id: rng.pick(captured).id, to: 'selected' });
    }
  }
}

/** The images of the moments this creator is assigned to, as their phone sees it now. */
async function assignedImages(device: Device): Promise<Entity<'signature'>[]> {
  const mine = new Set(
    (await device.store.list('assignment'))
      .filter((a) => a.memberId === device.actor.memberId)
      .map((a) => a.momentId),
  );
  return (await device.store.list('signature')).filter((s) => mine.has(s.momentId));
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
