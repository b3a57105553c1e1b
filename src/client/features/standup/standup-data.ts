// Pure reads of the stand-up: the day's candidates and filters, a creator's load, conflicts in words.
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import type { Edition, Venue } from '../../../shared/domain/edition.ts';
import type { Assignment, Member } from '../../../shared/domain/member.ts';
import type { Moment } from '../../../shared/domain/moment.ts';
import type { ScheduleSession } from '../../../shared/domain/schedule.ts';
import { dateTimeFormat } from '../../../shared/format/intl-cache.ts';
import { formatDuration } from '../../../shared/format/units.ts';
import { dayIn } from '../../ui/time.ts';
import { byCodePoint } from '../../../shared/sync/order.ts';

export interface CandidateFilter {
  sport: string;
  venueId: string;
  /** 'HH:MM' in the venue's zone; '' for the whole day. */
  from: string;
  medalOnly: boolean;
}

export const NO_FILTER: CandidateFilter = { sport: '', venueId: '', from: '', medalOnly: false };

/** A session belongs to the day it starts on in the edition's home zone (as moments do). */
export function sessionsOfDay(
  sessions: readonly ScheduleSession[],
  edition: Edition,
  day: string,
): ScheduleSession[] {
  return sessions
    .filter((s) => s.editionId === edition.id && dayIn(edition.timeZone, new Date(s.startsAt)) === day)
    .sort((a, b) => byCodePoint(a.startsAt, b.startsAt) || byCodePoint(a.ref, b.ref));
}

export function filterCandidates(
  sessions: readonly ScheduleSession[],
  venues: ReadonlyMap<string, Venue>,
  filter: CandidateFilter,
): ScheduleSession[] {
  return sessions.filter((s) => {
    if (filter.sport && s.sport !== filter.sport) return false;
    if (filter.venueId && s.venueId !== filter.venueId) return false;
    if (filter.medalOnly && !s.medal) return false;
    const zone = venues.get(s.venueId)?.timeZone;
    if (filter.from && zone && localClock(s.startsAt, zone) < filter.from) return false;
    return true;
  });
}

/** 'HH:MM' (24 h) of an instant in a zone: comparable as text. */
export function localClock(instant: string, timeZone: string): string {
  return dateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** The instant of 'HH:MM' at the venue on the day `reference` falls on there (the session's day). */
export function instantAtVenue(reference: string, clock: string, timeZone: string): string | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!m) return undefined;
  const ref = new Date(reference);
  const wanted = Number(m[1]) * 60 + Number(m[2]);
  const [h, min] = localClock(reference, timeZone).split(':').map(Number) as [number, number];
  return new Date(
    ref.getTime() + (wanted - (h * 60 + min)) * 60_000 - (ref.getTime() % 60_000),
  ).toISOString();
}

/** How many of the day's chosen moments each creator is on, most loaded first. */
export function loadOfDay(
  members: readonly Member[],
  assignments: readonly Assignment[],
  moments: readonly Moment[],
): { member: Member; count: number }[] {
  const ids = new Set(moments.map((m) => m.id));
  return members
    .filter((m) => m.role === 'creator')
    .map((member) => ({
      member,
      count: new Set(
        assignments.filter((a) => a.memberId === member.id && ids.has(a.momentId)).map((a) => a.momentId),
      ).size,
    }))
    .sort((a, b) => b.count - a.count || a.member.name.localeCompare(b.member.name));
}

export interface ConflictWords {
  key: 'standup.people.doubleBooking' | 'standup.people.travel';
  params: Record<string, string | number>;
}

/** A conflict as a catalog key and its words (member and moment names, durations in `locale`'s units). */
export function conflictWords(
  conflict: Conflict,
  members: ReadonlyMap<string, Member>,
  moments: ReadonlyMap<string, Moment>,
  locale: string,
): ConflictWords {
  const params = {
    name: members.get(conflict.memberId)?.name ?? conflict.memberId,
    first: moments.get(conflict.momentIds[0])?.title ?? '',
    second: moments.get(conflict.momentIds[1])?.title ?? '',
  };
  if (conflict.kind === 'double-booking') return { key: 'standup.people.doubleBooking', params };
  return {
    key: 'standup.people.travel',
    params: {
      ...params,
      needed: formatDuration(conflict.neededMinutes, locale),
      available: formatDuration(conflict.availableMinutes, locale),
    },
  };
}
