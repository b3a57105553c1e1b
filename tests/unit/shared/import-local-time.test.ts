// Local wall-clock times → UTC by RFC 5545 §3.3.5 (first occurrence of a repeated time, gap read before it), zones from @date-fns/tz.
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ianaZone, isoInstant, localToUtc, zonedInstant } from '../../../src/shared/import/local-time.ts';
import { offsetAt, transitions, wallClock } from '../../../src/shared/import/zones.ts';

const wall = (y: number, mo: number, d: number, h: number, mi: number) => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: 0,
});
const utc = (w: ReturnType<typeof wall>, zone: string) => isoInstant(localToUtc(w, ianaZone(zone)));

describe('localToUtc', () => {
  it('reads a repeated time as its first occurrence in Paris, New York and Lord Howe (30 min)', () => {
    expect(utc(wall(2024, 10, 27, 2, 30), 'Europe/Paris')).toBe('2024-10-27T00:30:00Z');
    expect(utc(wall(2024, 11, 3, 1, 30), 'America/New_York')).toBe('2024-11-03T05:30:00Z');
    // Lord Howe Island goes back 30 minutes at 02:00 (UTC+11 → +10:30).
    expect(utc(wall(2024, 4, 7, 1, 45), 'Australia/Lord_Howe')).toBe('2024-04-06T14:45:00Z');
  });

  it('reads a time in the spring gap with the offset before the gap', () => {
    expect(utc(wall(2025, 3, 30, 2, 30), 'Europe/Paris')).toBe('2025-03-30T01:30:00Z');
    expect(utc(wall(2024, 3, 10, 2, 30), 'America/New_York')).toBe('2024-03-10T07:30:00Z');
  });

  it('reads UTC−10 (Tahiti, no clock change) and keeps the old zonedInstant signature', () => {
    expect(utc(wall(2024, 7, 30, 7, 0), 'Pacific/Tahiti')).toBe('2024-07-30T17:00:00Z');
    expect(zonedInstant([2024, 8, 4], [21, 50], 'Europe/Paris')).toBe('2024-08-04T19:50:00Z');
    expect(zonedInstant([2024, 8, 4], [21, 50, 30], 'Europe/Paris')).toBe('2024-08-04T19:50:30Z');
  });

  it('agrees with TZDate wherever a wall-clock time happens once, and is the first reading otherwise', () => {
    const zones = [
      'Europe/Paris',
      'America/New_York',
      'Pacific/Tahiti',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 0, 1) }),
        (zone, ms) => {
          const instant = Math.floor(ms / 60_000) * 60_000;
          const w = wallClock(instant, zone);
          const back = localToUtc(w, ianaZone(zone));
          // Reading the wall clock back gives an instant that shows the same wall clock…
          expect(wallClock(back, zone)).toEqual(w);
          // …the one TZDate finds, or an earlier one when the time happens twice.
          const tz = new TZDate(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, zone).getTime();
          expect(back <= tz && (back === instant || back < instant)).toBe(true);
          if (back !== tz) expect(offsetAt(back, zone)).toBeGreaterThan(offsetAt(tz, zone));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('zones (from @date-fns/tz)', () => {
  it('gives offsets, wall clocks and the transitions of a year', () => {
    expect(offsetAt(Date.UTC(2024, 7, 4), 'Europe/Paris')).toBe(120);
    expect(offsetAt(Date.UTC(2024, 7, 4), 'Pacific/Tahiti')).toBe(-600);
    expect(wallClock(Date.UTC(2024, 7, 4, 19, 50), 'Europe/Paris')).toEqual(wall(2024, 8, 4, 21, 50));
    expect(transitions('Europe/Paris', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1))).toEqual([
      { at: Date.UTC(2024, 2, 31, 1), from: 60, to: 120 },
      { at: Date.UTC(2024, 9, 27, 1), from: 120, to: 60 },
    ]);
    expect(transitions('Pacific/Tahiti', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1))).toEqual([]);
  });
});
