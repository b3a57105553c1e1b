// @vitest-environment jsdom
// "Arrived since I last looked": a snapshot of statuses, robust to offline taps with old clocks.
import { act } from '@testing-library/react';
import {
  arrivals,
  firstLookBaseline,
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

describe('firstLookBaseline (no previous look on this device)', () => {
  // 07:30 in Paris on 5 August: the desk's "today" is the edition's day, not UTC's.
  const now = new Date('2024-08-05T05:30:00Z');
  const images = [
    image('planned', 'm', 'planned'),
    // 00:30 Paris on the 5th (22:30 UTC on the 4th): today at the venue, by Léa.
    image('early', 'm', 'captured', { statusAt: '2024-08-04T22:30:00Z', statusBy: 'lea' }),
    // 23:30 Paris on the 4th: yesterday.
    image('yesterday', 'm', 'captured', { statusAt: '2024-08-04T21:30:00Z', statusBy: 'lea' }),
    image('mine', 'm', 'selected', { statusAt: '2024-08-05T05:00:00Z', statusBy: ME }),
  ];

  it('counts as new what others changed since the start of today in the edition’s zone, nothing else', () => {
    const baseline = firstLookBaseline(images, ME, 'Europe/Paris', now);
    expect(arrivals(images, baseline, ME).map((i) => i.id)).toEqual(['early']);
    // In UTC the same capture was yesterday's: the zone decides.
    expect(arrivals(images, firstLookBaseline(images, ME, 'UTC', now), ME)).toEqual([]);
  });

  it('then counts what arrives live, as any snapshot does', () => {
    const baseline = firstLookBaseline(images, ME, 'Europe/Paris', now);
    const later = images.map((i) =>
      i.id === 'planned'
        ? { ...i, status: 'captured' as const, statusAt: '2024-08-05T06:00:00Z', statusBy: 'lea' }
        : i,
    );
    expect(arrivals(later, baseline, ME).map((i) => i.id)).toEqual(['planned', 'early']);
  });
});

describe('useBoardSeen', () => {
  it('keeps each member’s snapshot in localStorage', () => {
    act(() => useBoardSeen.getState().markSeen(ME, { a: 'planned@#' }));
    expect(useBoardSeen.getState().seen[ME]).toEqual({ a: 'planned@#' });
    const stored = JSON.parse(localStorage.getItem(SEEN_STORAGE_KEY) ?? '{}') as { state?: unknown };
    expect(stored.state).toEqual({ seen: { [ME]: { a: 'planned@#' } }, firstLook: { [ME]: false } });
  });
});
