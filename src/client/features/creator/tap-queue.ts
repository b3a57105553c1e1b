// A creator's taps written to the phone in order; one the phone cannot keep yet is retried, never dropped.
import type { LiveLocalStore, StorageFailure } from '../../storage/index.ts';
import { InvalidMutationError, storageFailure } from '../../storage/index.ts';
import type { LocalOutcome } from '../../ui/describe-rejection.ts';

/** One tap to record: `write` runs the mutation; its image shows the outcome. */
interface Tap {
  imageId: string;
  write(): Promise<LocalOutcome>;
}

/** What the screen shows per image: a rule refused it here, or it is not recorded yet (and why). */
export type TapOutcome =
  | { kind: 'recorded' }
  | { kind: 'refused-here'; result: LocalOutcome }
  | { kind: 'retrying'; failure: StorageFailure }
  | { kind: 'failed'; failure: StorageFailure };

/** First retry after 1 s, doubling to 30 s: the phone may free space at any moment (an upload). */
const RETRY_BASE_MS = 1_000;
const RETRY_CAP_MS = 30_000;

export interface TapQueue {
  record(tap: Tap): void;
  subscribe(listener: (imageId: string, outcome: TapOutcome) => void): () => void;
}

const queues = new WeakMap<LiveLocalStore, TapQueue>();

/**
 * The queue of one store, shared by every screen of the page (a tap waiting for room survives
 * moving to another screen). Taps are written one at a time in the order tapped: ids follow the
 * taps, and a later note never overtakes an earlier one.
 */
export function tapQueueFor(store: LiveLocalStore): TapQueue {
  let queue = queues.get(store);
  if (!queue) queues.set(store, (queue = createTapQueue()));
  return queue;
}

export function createTapQueue(): TapQueue {
  const taps: Tap[] = [];
  const listeners = new Set<(imageId: string, outcome: TapOutcome) => void>();
  const tell = (imageId: string, outcome: TapOutcome) => listeners.forEach((l) => l(imageId, outcome));
  let running = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (taps.length > 0) {
        const tap = taps[0]!;
        try {
          const result = await tap.write();
          tell(
            tap.imageId,
            result.localRejection !== undefined ? { kind: 'refused-here', result } : { kind: 'recorded' },
          );
        } catch (error) {
          if (error instanceof InvalidMutationError) {
            // A bug, not the phone: trying again would fail the same way.
            console.error(error);
            tell(tap.imageId, { kind: 'failed', failure: 'other' });
          } else {
            console.warn(`[taps] not recorded yet: ${String(error)}`);
            tell(tap.imageId, { kind: 'retrying', failure: storageFailure(error) });
            const delay = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempt++);
            timer = setTimeout(() => void drain(), delay);
            return;
          }
        }
        attempt = 0;
        taps.shift();
      }
    } finally {
      running = false;
    }
  }

  return {
    record(tap) {
      taps.push(tap);
      // A new tap is a good moment to try the waiting ones again.
      clearTimeout(timer);
      void drain();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
