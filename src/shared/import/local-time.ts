// Wall-clock time at a venue → the UTC instant the plan stores (the schedule is printed in local time).
import { TZDate } from '@date-fns/tz';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:h](\d{2})$/;

/** 'YYYY-MM-DD' → [y, m, d], or undefined when it is not a real calendar day (2024-02-30). */
export function parseDay(text: string): [number, number, number] | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  return [y, mo, d];
}

/** '21:50' or '21h50' → [21, 50]; undefined when out of range. */
export function parseClock(text: string): [number, number] | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? [h, min] : undefined;
}

/** The UTC instant (ISO, 'Z') of a local day and time in an IANA zone. */
export function zonedInstant(
  day: [number, number, number],
  clock: [number, number],
  timeZone: string,
): string {
  const date = new TZDate(day[0], day[1] - 1, day[2], clock[0], clock[1], timeZone);
  return new Date(date.getTime()).toISOString().replace('.000Z', 'Z');
}
