// The day itself: everybody acts at once while the server is killed and restarted; then every phone
// comes back online and the run waits until all replicas have caught up (quiescence).
import type { Device } from './device.ts';
import type { DayClock, NetworkProfile, NoteWatch } from './actors.ts';
import { playCreator, playEditor, playNetwork, playPlanner, sleep } from './actors.ts';
import type { RehearsalOptions } from './options.ts';
import type { Rng } from './prng.ts';
import type { ServerProcess } from './server-process.ts';
import type { Team } from './team.ts';

export interface DayResult {
  /** Tap → visible at the desk (editor 1's view), ms, for notes that were not overwritten first. */
  visibleMs: number[];
  /** Notes never seen at the desk because a later note on the same image replaced them first. */
  notesOverwritten: number;
  offlineEpisodes: number;
  /** From the moment every phone is back online to quiescence, ms; null if it never came. */
  convergeMs: number | null;
  dayMs: number;
}

const PROFILE_ORDER: NetworkProfile[] = ['flappy', 'spotty', 'steady'];
const CONVERGE_TIMEOUT_MS = 180_000;

export async function playDay(
  team: Team,
  server: ServerProcess,
  options: RehearsalOptions,
  rng: Rng,
  /** The server's current version, read from its database. */
  serverVersion: () => Promise<number>,
): Promise<DayResult> {
  const started = performance.now();
  const clock: DayClock = { until: started + options.dayMs };
  const notes: NoteWatch = new Map();
  const visibleMs: number[] = [];
  const desk = team.editors[0] ?? team.planner;
  const watch = desk.store
    .observe(() => desk.store.list('signature'))
    .subscribe((images) => {
      const now = performance.now();
      for (const image of images) {
        const tappedAt = notes.get(image.note);
        if (tappedAt === undefined) continue;
        visibleMs.push(now - tappedAt);
        notes.delete(image.note);
      }
    });

  team.all.forEach((d) => d.client.start());
  const actors: Promise<unknown>[] = [
    playPlanner(team, rng.fork(1), clock, options.plannerEveryMs),
    ...team.editors.map((e, i) => playEditor(e, rng.fork(10 + i), clock, options.editorEveryMs)),
    ...team.creators.flatMap((c, i) => [
      playCreator(c, rng.fork(100 + i), clock, options.tapEveryMs, notes),
      playNetwork(c, rng.fork(200 + i), clock, PROFILE_ORDER[i % PROFILE_ORDER.length]!),
    ]),
    crashes(server, options, started),
  ];
  await Promise.all(actors);
  const dayMs = performance.now() - started;

  options.log(
    `day over after ${Math.round(dayMs / 1000)} s: every phone back online, waiting for quiescence…`,
  );
  const reconnectAt = performance.now();
  team.all.forEach((d) => d.setOnline(true));
  const settledAt = await quiescence(team.all, serverVersion, CONVERGE_TIMEOUT_MS);
  const convergeMs = settledAt === null ? null : settledAt - reconnectAt;
  // Give the desk's observer a last look, then stop everything.
  await sleep(200);
  watch.unsubscribe();
  team.all.forEach((d) => d.client.stop());
  const offlineEpisodes = team.all.reduce((n, d) => n + d.network.drops, 0);
  return { visibleMs, notesOverwritten: notes.size, offlineEpisodes, convergeMs, dayMs };
}

async function crashes(server: ServerProcess, options: RehearsalOptions, started: number): Promise<void> {
  for (const fraction of options.crashesAt) {
    const wait = started + options.dayMs * fraction - performance.now();
    if (wait > 0) await sleep(wait);
    options.log(`SIGKILL of the server at ${Math.round(fraction * 100)} % of the day; restarting…`);
    await server.crashAndRestart(1_500);
    options.log(`server back (restart ${server.restarts})`);
  }
}

/**
 * Every outbox empty and every device at the server's current version, still so 100 ms later;
 * resolves with the time it first held, or null after `timeoutMs`.
 */
async function quiescence(
  devices: readonly Device[],
  serverVersion: () => Promise<number>,
  timeoutMs: number,
): Promise<number | null> {
  const deadline = performance.now() + timeoutMs;
  let since: number | null = null;
  while (performance.now() < deadline) {
    const checkedAt = performance.now();
    if (await settled(devices, await serverVersion())) {
      if (since !== null) return since;
      since = checkedAt;
    } else {
      since = null;
    }
    await sleep(100);
  }
  return null;
}

async function settled(devices: readonly Device[], version: number): Promise<boolean> {
  for (const device of devices) {
    const meta = await device.store.getMeta();
    if (meta.cookie !== version) return false;
    if ((await device.store.pending(1)).length > 0) return false;
  }
  return true;
}
