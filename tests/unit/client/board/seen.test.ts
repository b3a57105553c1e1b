// @vitest-environment jsdom
// "Arrived since I last looked": a snapshot of statuses, robust to offline taps with old clocks.
import { act } from '@testing-library/react';
import {
  arrivals,
  SEEN_STORAGE_KEY,
  snapshotOf,
  useBoardSeen,
} from '../../../../src/client/features/board/seen.ts';
import { image } from './pure.fixtures.ts';

const ME = 'editor';

describe('arrivals', () => {
  const before = [
    image('a', 'm', 'planned'),
    image('b', 'm', 'in-position', { statusAt: '2024-08-04T18:00:00Z', statusBy: 'lea' }),
  ];
  const snapshot = snapshotOf(before);

  it('is empty while nothing changed', () => {
    expect(arrivals(before, snapshot, ME)).toEqual([]);
  });

  it('counts a change by someone else, even one tapped (offline) before the last look', () => {
    const after = [
      before[0]!,
      { ...before[1]!, status: 'captured' as const, statusAt: '2024-08-04T17:59:00Z', statusBy: 'lea' },
    ];
    expect(arrivals(after, snapshot, ME).map((i) => i.id)).toEqual(['b']);
  });

  it('counts a snapshot a phone attached after the capture', () => {
    const after = [before[0]!, { ...before[1]!, previewId: '00000000-0000-4000-8000-0000000000f1' }];
    expect(arrivals(after, snapshot, ME).map((i) => i.id)).toEqual(['b']);
  });

  it('ignores my own ticks and newly planned images', () => {
    const after = [
      ...before,
      { ...before[0]!, status: 'selected' as const, statusAt: '2024-08-04T19:00:00Z', statusBy: ME },
      image('c', 'm', 'planned'),
    ].slice(1);
    expect(arrivals(after, snapshot, ME)).toEqual([]);
  });
});

describe('useBoardSeen', () => {
  it('keeps each member’s snapshot in localStorage', () => {
    act(() => useBoardSeen.getState().markSeen(ME, { a: 'planned@#' }));
    expect(useBoardSeen.getState().seen[ME]).toEqual({ a: 'planned@#' });
    const stored = JSON.parse(localStorage.getItem(SEEN_STORAGE_KEY) ?? '{}') as { state?: unknown };
    expect(stored.state).toEqual({ seen: { [ME]: { a: 'planned@#' } } });
  });
});
