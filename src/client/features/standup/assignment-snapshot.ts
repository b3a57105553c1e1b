// The creator's assignments as one comparable text, and the acknowledged copy kept on this device.
import type { Assignment, Moment } from '../../../shared/domain/index.ts';

/** What a creator cares about: which moments and spots, at what time, still chosen. Order-free. */
export function assignmentSnapshot(
  memberId: string,
  assignments: readonly Assignment[],
  moments: readonly Moment[],
): string {
  const byId = new Map(moments.map((m) => [m.id, m]));
  return assignments
    .filter((a) => a.memberId === memberId)
    .map((a) => {
      const m = byId.get(a.momentId);
      return [a.id, a.momentId, a.spotId ?? '', m?.keyMomentAt ?? '', m?.status ?? '', m?.venueId ?? ''].join(
        '|',
      );
    })
    .sort()
    .join('\n');
}

const KEY = (memberId: string) => `pdj.assignments.ack.${memberId}`;

/** localStorage: a small UI fact per member, not domain data; it survives offline restarts. */
export function readAck(
  memberId: string,
  storage: Storage | undefined = globalThis.localStorage,
): string | null {
  return storage?.getItem(KEY(memberId)) ?? null;
}

export function writeAck(
  memberId: string,
  snapshot: string,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  storage?.setItem(KEY(memberId), snapshot);
}
