// When a card or an image of "my day" can skip re-rendering: its own rows are the same objects (shared by useLive).
import type { LocalPreview } from '../../storage/index.ts';
import type { MyAssignment, MyShot } from './my-day.ts';

/** Same image row, same sync state, same buttons. Rows are compared by reference (useLive shares them). */
export function sameShot(a: MyShot, b: MyShot): boolean {
  return (
    a.image === b.image &&
    a.waiting === b.waiting &&
    a.rejectedReason === b.rejectedReason &&
    a.rejection?.code === b.rejection?.code &&
    a.rejection?.params === b.rejection?.params &&
    a.actions.join() === b.actions.join()
  );
}

/** What a card shows of the recorder and the phone's snapshots, per image. */
export interface CardExtras {
  recorder: { errors: Readonly<Record<string, string>>; busy: ReadonlySet<string> };
  localPreviews: ReadonlyMap<string, LocalPreview>;
}

/**
 * Whether a card would render the same: its rows, its images, and each image's error, busy flag
 * and local snapshot. Callbacks are left out: they close over the store, the actor and the ids
 * only, which do not change while the card is shown, so an earlier one does what a new one would.
 */
export function sameCard(
  a: { item: MyAssignment; anchor?: string; viewerTimeZone?: string; onAcknowledge?: unknown } & CardExtras,
  b: typeof a,
): boolean {
  const x = a.item;
  const y = b.item;
  return (
    a.anchor === b.anchor &&
    a.viewerTimeZone === b.viewerTimeZone &&
    !a.onAcknowledge === !b.onAcknowledge &&
    x.assignment === y.assignment &&
    x.moment === y.moment &&
    x.edition === y.edition &&
    x.venue === y.venue &&
    x.spot === y.spot &&
    x.access === y.access &&
    x.change === y.change &&
    x.shots.length === y.shots.length &&
    x.shots.every((s, i) => {
      const t = y.shots[i]!;
      const id = s.image.id;
      return (
        sameShot(s, t) &&
        a.recorder.errors[id] === b.recorder.errors[id] &&
        a.recorder.busy.has(id) === b.recorder.busy.has(id) &&
        localOf(a.localPreviews, s) === localOf(b.localPreviews, t)
      );
    })
  );
}

function localOf(previews: ReadonlyMap<string, LocalPreview>, shot: MyShot): LocalPreview | undefined {
  return shot.image.previewId ? previews.get(shot.image.previewId) : undefined;
}
