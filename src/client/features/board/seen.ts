// "Arrived since I last looked": a persisted snapshot of each image's status, per member on this device.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SignatureImage } from '../../../shared/domain/signature.ts';

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

function keyOf(image: SignatureImage): string {
  return `${image.status}@${image.statusAt ?? ''}#${image.previewId ?? ''}`;
}

interface SeenState {
  /** By member id: two people may share a laptop at the desk. */
  seen: Record<string, SeenSnapshot>;
  markSeen(memberId: string, snapshot: SeenSnapshot): void;
}

export const SEEN_STORAGE_KEY = 'plan-de-jeu.board-seen';

export const useBoardSeen = create<SeenState>()(
  persist(
    (set) => ({
      seen: {},
      markSeen: (memberId, snapshot) => set((s) => ({ seen: { ...s.seen, [memberId]: snapshot } })),
    }),
    { name: SEEN_STORAGE_KEY, storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
