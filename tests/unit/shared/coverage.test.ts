// Coverage of the triangle and the square by signature images.
import { describe, expect, it } from 'vitest';
import { coverageOf, imagesOfDay } from '../../../src/shared/domain/coverage.ts';
import type { Moment, SignatureImage } from '../../../src/shared/domain/index.ts';

const image = (
  id: string,
  sides: SignatureImage['sides'],
  status: SignatureImage['status'],
  momentId = 'm1',
) => ({ id, momentId, title: id, description: '', sides, status, note: '', history: [] }) as SignatureImage;

describe('coverageOf', () => {
  it('counts planned, captured and missed per side of the triangle, ignoring disability at the Olympics', () => {
    const images = [
      image('a', ['sport', 'public'], 'captured'),
      image('b', ['sport'], 'missed'),
      image('c', ['site', 'disability'], 'published'),
      image('d', ['sport'], 'in-position'),
    ];
    expect(coverageOf('olympic', images)).toEqual([
      { side: 'sport', planned: 3, captured: 1, missed: 1 },
      { side: 'site', planned: 1, captured: 1, missed: 0 },
      { side: 'public', planned: 1, captured: 1, missed: 0 },
    ]);
  });

  it('shows the fourth side of the square at the Paralympics, even when the plan misses it', () => {
    const coverage = coverageOf('paralympic', [image('a', ['sport'], 'selected')]);
    expect(coverage.map((c) => c.side)).toEqual(['sport', 'site', 'public', 'disability']);
    expect(coverage.find((c) => c.side === 'disability')).toEqual({
      side: 'disability',
      planned: 0,
      captured: 0,
      missed: 0,
    });
  });
});

describe('imagesOfDay', () => {
  it('keeps only the images of the day’s chosen moments', () => {
    const moments = [
      { id: 'm1', editionId: 'e', day: '2024-08-04', status: 'chosen' },
      { id: 'm2', editionId: 'e', day: '2024-08-04', status: 'dropped' },
      { id: 'm3', editionId: 'e', day: '2024-08-05', status: 'chosen' },
    ] as Moment[];
    const images = [
      image('a', [], 'planned', 'm1'),
      image('b', [], 'planned', 'm2'),
      image('c', [], 'planned', 'm3'),
    ];
    expect(imagesOfDay('e', '2024-08-04', moments, images).map((i) => i.id)).toEqual(['a']);
  });
});
