// Double bookings and impossible travel between two assignments of a creator.
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../src/shared/domain/conflicts.ts';
import type { Assignment, Moment, Venue } from '../../../src/shared/domain/index.ts';

const venues = [
  { id: 'stade', position: { lat: 48.9245, lng: 2.3602 } },
  { id: 'bercy', position: { lat: 48.8386, lng: 2.3785 } }, // ~9.7 km from the Stade de France
  { id: 'teahupoo', position: { lat: -17.8472, lng: -149.2672 } },
] as Venue[];

const moment = (id: string, venueId: string, keyMomentAt: string, status = 'chosen') =>
  ({ id, venueId, keyMomentAt, status }) as Moment;
const assign = (memberId: string, momentId: string, id = `${memberId}-${momentId}`) =>
  ({ id, memberId, momentId, note: '' }) as Assignment;

describe('findConflicts', () => {
  it('flags two moments whose busy windows overlap as a double booking', () => {
    const moments = [
      moment('a', 'stade', '2024-08-04T19:50:00Z'),
      moment('b', 'stade', '2024-08-04T20:30:00Z'),
    ];
    expect(findConflicts([assign('lea', 'a'), assign('lea', 'b')], moments, venues)).toEqual([
      { kind: 'double-booking', memberId: 'lea', momentIds: ['a', 'b'] },
    ]);
  });

  it('flags travel that cannot fit between two venues, with the minutes needed and available', () => {
    // a ends 20:20, b starts 20:30 at Bercy: 10 min for ~9.7 km at 12 km/h (49 min).
    const moments = [
      moment('a', 'stade', '2024-08-04T19:50:00Z'),
      moment('b', 'bercy', '2024-08-04T21:30:00Z'),
    ];
    const [conflict] = findConflicts([assign('lea', 'a'), assign('lea', 'b')], moments, venues);
    expect(conflict).toMatchObject({ kind: 'travel', availableMinutes: 10 });
    expect(conflict?.kind === 'travel' && conflict.neededMinutes).toBeGreaterThan(45);
  });

  it('accepts the same trip with time to spare, other members, and dropped moments', () => {
    const moments = [
      moment('a', 'stade', '2024-08-04T12:00:00Z'),
      moment('b', 'bercy', '2024-08-04T19:50:00Z'),
      moment('c', 'stade', '2024-08-04T12:10:00Z', 'dropped'),
    ];
    const assignments = [assign('lea', 'a'), assign('lea', 'b'), assign('hugo', 'b'), assign('lea', 'c')];
    expect(findConflicts(assignments, moments, venues)).toEqual([]);
  });

  it('counts two spots at the same moment as one booking', () => {
    const moments = [moment('a', 'stade', '2024-08-04T19:50:00Z')];
    expect(findConflicts([assign('lea', 'a', 'x'), assign('lea', 'a', 'y')], moments, venues)).toEqual([]);
  });
});
