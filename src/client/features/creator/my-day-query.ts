// What "my day" reads from the local store: the member's assignments, then only the shown day's rows, through indexes.
import type { Entity } from '../../../shared/domain/entities.ts';
import type { LiveLocalStore } from '../../storage/index.ts';
import { defaultMyDay, type MyDayData, myDays } from './my-day.ts';

/** The rows "my day" shows; pending changes and rejections are read apart (the outbox). */
export type MyDayRows = Omit<MyDayData, 'waiting' | 'rejections' | 'editions'>;

export interface MyDayRead {
  /** Days on which the member has an assignment to a chosen moment, in order. */
  days: string[];
  /** The day shown: the chosen one if the member has assignments on it, else the default (defaultMyDay). */
  day: string | undefined;
  /** That day's rows only, but the member's assignments, moments and venues of every day (days, schedule changes). */
  rows: MyDayRows;
}

/**
 * Reads "my day" of `memberId` through the view's indexes (Dexie schema 4): the member's
 * assignments, their moments and venues, then only the shown day's spots, images and access
 * requests. A tap on another day's image, or another member's assignment, does not re-run it.
 * `today` is the plan day (YYYY-MM-DD) in the edition's zone; `chosenDay` the picker's choice.
 */
export function readMyDay(...args: Parameters<typeof readMyDayApart>): Promise<MyDayRead> {
  // One read transaction for the five reads (a transaction costs more than its indexed reads:
  // 67.6 → 27.3 ms p50 on a whole Games, bench/phone/day-view.ts); inside a caller's, it joins it.
  return args[0].readTogether(() => readMyDayApart(...args));
}

async function readMyDayApart(
  store: LiveLocalStore,
  memberId: string,
  chosenDay: string | null,
  today: string,
  /** A moment a link or a notification asked for (/me#moment-<id>): its day wins when it is one of the member's. */
  target: string | null = null,
  /** False: leave the images out (the screen reads them apart, so a tap re-reads only them). */
  withImages = true,
): Promise<MyDayRead> {
  const assignments = await store.listWhere('assignment', 'memberId', [memberId]);
  const moments = await store.getMany(
    'moment',
    assignments.map((a) => a.momentId),
  );
  const days = myDays({ assignments, moments }, memberId);
  const targetDay = target ? moments.find((m) => m.id === target)?.day : undefined;
  const asked = targetDay && days.includes(targetDay) ? targetDay : chosenDay;
  const day = asked && days.includes(asked) ? asked : defaultMyDay(days, today);
  const shown = moments.filter((m) => m.day === day);
  const momentIds = shown.map((m) => m.id);
  const [spots, signatures, venues] = await Promise.all([
    store.listWhere('spot', 'momentId', momentIds),
    withImages ? readImages(store, momentIds) : [],
    // Every venue of the member's moments (a handful): a moved moment on another day names its venue's clock.
    store.getMany('venue', [...new Set(moments.map((m) => m.venueId))]),
  ]);
  const access: Entity<'access'>[] = await store.listWhere(
    'access',
    'spotId',
    spots.map((s) => s.id),
  );
  return { days, day, rows: { assignments, moments, spots, signatures, venues, access } };
}

/** The signature images of the day's moments (`momentIds`): what a tap changes, read on its own. */
export function readImages(
  store: LiveLocalStore,
  momentIds: readonly string[],
): Promise<Entity<'signature'>[]> {
  return store.listWhere('signature', 'momentId', momentIds);
}

/** The shown day's moment ids, the images query's argument (and its seed key's). */
export function shownMomentIds(read: MyDayRead): string[] {
  return read.rows.moments.filter((m) => m.day === read.day).map((m) => m.id);
}
