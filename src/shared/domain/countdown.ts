// Countdown to a key moment: time zones do not matter here, only instants.
import { formatDays } from '../format/units.ts';

export interface Countdown {
  /** True once the key moment has passed (the countdown then counts up). */
  past: boolean;
  totalSeconds: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * Time from `nowMs` (epoch ms) to `targetIso` (an ISO 8601 instant), rounded to the second and cut
 * into days, hours, minutes, seconds; past the target it counts up with `past` true. Zones play no part.
 */
export function countdown(nowMs: number, targetIso: string): Countdown {
  const diff = Math.round((Date.parse(targetIso) - nowMs) / 1000);
  const total = Math.abs(diff);
  return {
    past: diff < 0,
    totalSeconds: total,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3_600),
    minutes: Math.floor((total % 3_600) / 60),
    seconds: total % 60,
  };
}

/**
 * "2 j 03:04:05" (fr), "1 day 07:30:00" (en), "03:04:05" or "-00:01:30": short enough to read at
 * arm's length. Days are counted in `locale`'s own unit (Intl.NumberFormat), the clock is universal.
 */
export function formatCountdown(c: Countdown, locale: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(c.hours)}:${pad(c.minutes)}:${pad(c.seconds)}`;
  return `${c.past ? '-' : ''}${c.days > 0 ? `${formatDays(c.days, locale)} ` : ''}${clock}`;
}
