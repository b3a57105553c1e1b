// The bench's arithmetic: percentiles, rates and the printed table.
import { percentile, perSecond, round, summarize, table } from '../../bench/lib/stats.ts';

describe('percentile', () => {
  it('uses the nearest rank of the sorted sample', () => {
    const sample = [50, 10, 40, 20, 30];
    expect(percentile(sample, 50)).toBe(30);
    expect(percentile(sample, 95)).toBe(50);
    expect(percentile(sample, 0)).toBe(10);
    expect(percentile(sample, 100)).toBe(50);
  });

  it('reads p95 of 100 values as the 95th smallest', () => {
    const sample = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(sample, 95)).toBe(95);
  });

  it('is NaN for an empty sample and refuses a percentile out of range', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(/0\.\.100/);
  });

  it('does not reorder the caller’s sample', () => {
    const sample = [3, 1, 2];
    percentile(sample, 50);
    expect(sample).toEqual([3, 1, 2]);
  });
});

describe('summarize, perSecond, round', () => {
  it('summarizes count, p50, p95 and max', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, p50: 2, p95: 4, max: 4 });
  });

  it('turns a count over milliseconds into a rate per second', () => {
    expect(perSecond(500, 250)).toBe(2000);
    expect(perSecond(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rounds small figures to 3 significant digits and large ones to integers', () => {
    expect(round(12.3456)).toBe(12.3);
    expect(round(1234.56)).toBe(1235);
    expect(round(0.012345)).toBe(0.0123);
  });
});

describe('table', () => {
  it('pads every column to its widest cell', () => {
    const out = table(
      ['figure', 'value'],
      [
        ['mutations/s', 1234],
        ['p50 ms', 5],
      ],
    );
    expect(out.split('\n')).toEqual([
      'figure       value',
      '-----------  -----',
      'mutations/s  1234',
      'p50 ms       5',
    ]);
  });
});
