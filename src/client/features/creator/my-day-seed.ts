// "My day" read before the first render, while the language's strings load: the first frame shows the day, not "loading".
import type { StoredSession } from '../../storage/index.ts';
import {
  type LiveLocalStore,
  PENDING_COUNT_SEED,
  PENDING_TARGETS_SEED,
  plantSeed,
} from '../../storage/index.ts';
import { usePlanView } from '../../state/plan-view.ts';
import { dayIn } from '../../ui/time.ts';
import { readMyDay, shownMomentIds } from './my-day-query.ts';

/** The seed key of "my day" for these arguments (CreatorScreen's live query asks for the same). */
export function myDayKey(memberId: string, chosenDay: string | null, today: string, target: string | null) {
  return `myDay/${memberId}/${chosenDay ?? ''}/${today}/${target ?? ''}`;
}

/** The seed key of the images of these moments (CreatorScreen reads them apart from the day). */
export function imagesKey(momentIds: readonly string[]): string {
  return `images/${momentIds.join(',')}`;
}

/** The editions' zone decides "today" (the day picker's); the first edition's, as on screen. */
export function todayOf(editions: readonly { timeZone: string }[], now: Date): string {
  return dayIn(editions[0]?.timeZone ?? 'Europe/Paris', now);
}

/**
 * Reads what CreatorScreen's live queries read on their first render (editions, the shown day
 * through the indexes, the outbox's targets and count, rejections) and plants them as seeds. `target` is the moment
 * the URL's fragment names. Never throws: a failed read only means the screen reads live.
 */
export async function seedMyDay(
  store: LiveLocalStore,
  session: StoredSession,
  target: string | null,
  now = new Date(),
): Promise<void> {
  try {
    const memberId = session.member.memberId;
    const chosenDay = usePlanView.getState().myDay;
    const readAll = async () => {
      const editions = await store.list('edition');
      const today = todayOf(editions, now);
      const [day, waiting, count, rejections] = await Promise.all([
        readMyDay(store, memberId, chosenDay, today, target),
        store.pendingTargets(),
        store.pendingCount(),
        store.rejections(),
      ]);
      return { editions, today, day, waiting, count, rejections };
    };
    // One read transaction for the whole start (a transaction costs more than its reads at CPU
    // 4×); should the browser end it early (Dexie's PrematureCommitError), the reads go one by one.
    const {
      editions,
      today,
      day: read,
      waiting,
      count,
      rejections,
    } = await store.readTogether(readAll).catch(() => readAll());
    plantSeed('entities/edition', editions);
    // The screen reads the images apart (a tap re-reads only them): planted apart too.
    const { signatures, ...frame } = read.rows;
    plantSeed(myDayKey(memberId, chosenDay, today, target), { ...read, rows: { ...frame, signatures: [] } });
    const key = imagesKey(shownMomentIds(read));
    plantSeed(key, { key, rows: signatures });
    plantSeed(PENDING_TARGETS_SEED, waiting);
    plantSeed(PENDING_COUNT_SEED, count);
    plantSeed('rejections', rejections);
  } catch {
    // The live queries read again and show the error, if any, where it belongs.
  }
}
