// Pure reads of the day view: an edition's days, the default day, and a day's chosen moments.
import type { Edition } from '../../../shared/domain/edition.ts';
import type { Moment } from '../../../shared/domain/moment.ts';
import { addDays, dayIn } from '../../ui/time.ts';
import { byCodePoint } from '../../../shared/sync/order.ts';

/** Every day of an edition, first to last (a few weeks: small enough to list in a <select>). */
export function editionDays(edition: Pick<Edition, 'startDay' | 'endDay'>): string[] {
  const days: string[] = [];
  for (let day = edition.startDay; day <= edition.endDay && days.length < 366; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

/** The day's chosen moments, by rank (ties by id, as chosenOfDay does, so every replica agrees). */
export function chosenMoments(moments: readonly Moment[], editionId: string, day: string): Moment[] {
  return moments
    .filter((m) => m.editionId === editionId && m.day === day && m.status === 'chosen')
    .sort((a, b) => a.rank - b.rank || byCodePoint(a.id, b.id));
}

/**
 * The day to open on: today in the edition's home zone while the Games run; otherwise the first
 * day that has chosen moments (preparing the plan before the Games); otherwise the first day.
 */
export function defaultDay(edition: Edition, moments: readonly Moment[], now: Date = new Date()): string {
  const today = dayIn(edition.timeZone, now);
  if (today >= edition.startDay && today <= edition.endDay) return today;
  const planned = moments
    .filter((m) => m.editionId === edition.id && m.status === 'chosen')
    .map((m) => m.day)
    .sort();
  return planned[0] ?? edition.startDay;
}

/** Editions in the order the Games happen: the Olympics, then the Paralympics. */
export function sortEditions(editions: readonly Edition[]): Edition[] {
  return [...editions].sort((a, b) => byCodePoint(a.startDay, b.startDay) || byCodePoint(a.id, b.id));
}

/**
 * The edition to open on: the one running today, else the next to start (preparing the plan),
 * else (after the Games) the first one with chosen moments. `editions` must be non-empty.
 */
export function defaultEdition(
  editions: readonly Edition[],
  moments: readonly Moment[],
  now: Date = new Date(),
): Edition {
  const sorted = sortEditions(editions);
  const today = (e: Edition) => dayIn(e.timeZone, now);
  return (
    sorted.find((e) => today(e) >= e.startDay && today(e) <= e.endDay) ??
    sorted.find((e) => today(e) < e.startDay) ??
    sorted.find((e) => moments.some((m) => m.editionId === e.id && m.status === 'chosen')) ??
    sorted[0]!
  );
}

export interface PlanPick {
  /** All editions, in Games order. */
  editions: Edition[];
  edition: Edition;
  days: string[];
  day: string;
  /** Today in the edition's home zone (the day picker marks it). */
  today: string;
}

/**
 * The edition and day a screen shows: the user's pick while it still names a known edition and one
 * of its days, else the defaults. `editions` must be non-empty.
 */
export function pickPlan(
  editions: readonly Edition[],
  moments: readonly Moment[],
  picked: { editionId: string | null; day: string | null },
  now: Date = new Date(),
): PlanPick {
  const sorted = sortEditions(editions);
  const edition = sorted.find((e) => e.id === picked.editionId) ?? defaultEdition(sorted, moments, now);
  const days = editionDays(edition);
  const day = picked.day && days.includes(picked.day) ? picked.day : defaultDay(edition, moments, now);
  return { editions: sorted, edition, days, day, today: dayIn(edition.timeZone, now) };
}
