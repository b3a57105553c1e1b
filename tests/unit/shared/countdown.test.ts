// The countdown to a key moment, across time zones (Paris and Tahiti).
import { describe, expect, it } from 'vitest';
import { countdown, formatCountdown } from '../../../src/shared/domain/countdown.ts';

/** Intl separates a number from its unit with no-break spaces: compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('countdown', () => {
  it('counts down to the men’s 100 m final at 21:50 in Paris (19:50 UTC)', () => {
    const now = Date.parse('2024-08-04T21:00:00+02:00');
    const c = countdown(now, '2024-08-04T19:50:00Z');
    expect(c).toMatchObject({ past: false, days: 0, hours: 0, minutes: 50, seconds: 0 });
    expect(plain(formatCountdown(c, 'fr'))).toBe('00:50:00');
  });

  it('is the same instant whatever the zone it is written in: Teahupo’o at UTC-10', () => {
    const now = Date.parse('2024-08-04T12:00:00+02:00'); // 00:00 in Tahiti
    const c = countdown(now, '2024-08-05T07:30:00-10:00');
    expect(c).toMatchObject({ days: 1, hours: 7, minutes: 30, seconds: 0 });
    // Days in the reader's own unit: "j" in French, never the English "d".
    expect(plain(formatCountdown(c, 'fr'))).toBe('1 j 07:30:00');
    expect(plain(formatCountdown(c, 'en'))).toBe('1 day 07:30:00');
    expect(plain(formatCountdown({ ...c, days: 3 }, 'fr'))).toBe('3 j 07:30:00');
    expect(plain(formatCountdown({ ...c, days: 3 }, 'en'))).toBe('3 days 07:30:00');
  });

  it('counts up once the moment has passed', () => {
    const c = countdown(Date.parse('2024-08-04T19:51:30Z'), '2024-08-04T19:50:00Z');
    expect(c.past).toBe(true);
    expect(plain(formatCountdown(c, 'en'))).toBe('-00:01:30');
  });
});
