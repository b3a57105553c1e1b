// "My day" read on a whole Games (Dexie over fake-indexeddb in Node), as the live query reads it and as the start's seed does.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { loadavg } from 'node:os';
import { readMyDay } from '../../src/client/features/creator/my-day-query.ts';
import { buildMyDay } from '../../src/client/features/creator/my-day.ts';
import { createDexieStore } from '../../src/client/storage/dexie.ts';
import type { LiveLocalStore } from '../../src/client/storage/table-store.ts';
import type { Actor } from '../../src/shared/mutations/types.ts';
import { round, summarize } from '../lib/stats.ts';
import { asFirstPull, wholeGames } from '../lib/whole-games.ts';

/** "My day" as the screen reads it now: editions, the day through the indexes, outbox targets, rejections. */
export async function dayView(store: LiveLocalStore, actor: Actor, today: string) {
  const [editions, read, waiting, rejections] = await Promise.all([
    store.list('edition'),
    readMyDay(store, actor.memberId, null, today),
    store.pendingTargets(),
    store.rejections(),
  ]);
  return read.day ? buildMyDay(read.day, actor, { ...read.rows, editions, waiting, rejections }) : [];
}

/**
 * The day view (ms) on a whole Games after its first sync (`firstSyncMs`, applyPull): `screen`,
 * as CreatorScreen's live queries read it (readMyDay in one read transaction, the editions, the
 * outbox's targets and the rejections beside it); `together`, all of it in one read transaction
 * (the start's seed, my-day-seed.ts). Alternated `runs` times; both give the same items.
 */
export async function dayViewWholeGames(runs = 15) {
  const set = await wholeGames();
  const store = createDexieStore({ name: `bench-day-view-${Date.now()}`, indexedDB, IDBKeyRange });
  const start = performance.now();
  await store.applyPull(asFirstPull(set.tx), { memberId: set.creator.memberId, role: 'creator' });
  const firstSyncMs = performance.now() - start;
  const today = '2024-08-04';
  const screen: number[] = [];
  const together: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const a = await dayView(store, set.creator, today);
    screen.push(performance.now() - t);
    t = performance.now();
    const b = await store.readTogether(() => dayView(store, set.creator, today));
    together.push(performance.now() - t);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('the two reads differ');
  }
  await store.close();
  return { firstSyncMs: round(firstSyncMs), screen: summarize(screen), together: summarize(together) };
}

if (process.argv[1]?.endsWith('day-view.ts')) {
  const load = round(loadavg()[0]!);
  dayViewWholeGames()
    .then((f) =>
      console.log(
        `load ${load}: first sync ${f.firstSyncMs} ms; day view p50 screen ${round(f.screen.p50)} ms, together ${round(f.together.p50)} ms`,
      ),
    )
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
