// "Arrived since I last looked": a persisted snapshot of each image's status, per member on this device.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SignatureImage } from '../../../shared/domain/signature.ts';
import { dayIn } from '../../../shared/format/venue-time.ts';

/** image id → "status@statusAt#previewId" as the editor last saw it (a new snapshot is news too). */
export type SeenSnapshot = Record<string, string>;

/**
 * A snapshot, not a timestamp: statusAt is the phone's tap time, so a capture made offline at
 * 14:00 and synced at 14:10 would slip under a "seen at 14:05" mark. Comparing each image's
 * status with what was on screen catches it whatever the clocks say.
 */
export function snapshotOf(images: readonly SignatureImage[]): SeenSnapshot {
  return Object.fromEntries(images.map((image) => [image.id, keyOf(image)]));
}

/** Images changed by someone else since the snapshot (a new planned image is not an arrival). */
export function arrivals(
  images: readonly SignatureImage[],
  snapshot: SeenSnapshot,
  memberId: string,
): SignatureImage[] {
  return images.filter(
    (image) =>
      image.statusBy !== undefined && image.statusBy !== memberId && snapshot[image.id] !== keyOf(image),
  );
}

/**
 * The baseline of a member's first look at the desk on this device: what is on screen, except the
 * images others changed since the start of today in `timeZone` (the edition's, as the desk's days):
 * those are what the editor came to see, so they count as new. statusAt is the phone's tap time,
 * good enough to say which day a change belongs to.
 */
export function firstLookBaseline(
  images: readonly SignatureImage[],
  memberId: string,
  timeZone: string,
  now: Date,
): SeenSnapshot {
  const today = dayIn(timeZone, now);
  const changedToday = (image: SignatureImage) =>
    image.statusBy !== undefined &&
    image.statusBy !== memberId &&
    image.statusAt !== undefined &&
    dayIn(timeZone, image.statusAt) === today;
  return Object.fromEntries(images.filter((image) => !changedToday(image)).map((i) => [i.id, keyOf(i)]));
}

function keyOf(image: SignatureImage): string {
  return `${image.status}@${image.statusAt ?? ''}#${image.previewId ?? ''}`;
}

interface SeenState {
  /** By member id: two people may share a laptop at the desk. */
  seen: Record<string, SeenSnapshot>;
  /** Members whose snapshot is still their first look's baseline: "since the start of today". */
  firstLook: Record<string, boolean>;
  markSeen(memberId: string, snapshot: SeenSnapshot, firstLook?: boolean): void;
}

export const SEEN_STORAGE_KEY = 'plan-de-jeu.board-seen';

export const useBoardSeen = create<SeenState>()(
  persist(
    (set) => ({
      seen: {},
      firstLook: {},
      markSeen: (memberId, snapshot, firstLook = false) =>
        set((s) => ({
          seen: { ...s.seen, [memberId]: snapshot },
          firstLook: { ...s.firstLook, [memberId]: firstLook },
        })),
    }),
    { name: SEEN_STORAGE_KEY, storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
