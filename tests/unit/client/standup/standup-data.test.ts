// Pure reads of the stand-up: candidates of a day and their filters, key time at the venue, load, file decoding.
import { decodeSchedule } from '../../../../src/client/features/standup/read-schedule-file.ts';
import {
  filterCandidates,
  instantAtVenue,
  loadOfDay,
  NO_FILTER,
  sessionsOfDay,
} from '../../../../src/client/features/standup/standup-data.ts';
import type { Edition, Member, Moment, ScheduleSession, Venue } from '../../../../src/shared/domain/index.ts';

const edition = { id: 'e', timeZone: 'Europe/Paris' } as Edition;
const paris = { id: 'p', timeZone: 'Europe/Paris' } as Venue;
const tahiti = { id: 't', timeZone: 'Pacific/Tahiti' } as Venue;
const venues = new Map([
  ['p', paris],
  ['t', tahiti],
]);
const session = (ref: string, venueId: string, startsAt: string, medal = true, sport = 'Athletics') =>
  ({
    id: ref,
    ref,
    editionId: 'e',
    venueId,
    startsAt,
    endsAt: startsAt,
    medal,
    sport,
    event: ref,
  }) as ScheduleSession;

describe('candidates', () => {
  const all = [
    session('late', 'p', '2024-08-04T21:30:00Z'), // 23:30 in Paris: still 4 August
    session('surf', 't', '2024-08-04T18:00:00Z', true, 'Surfing'), // 08:00 in Tahiti, 20:00 in Paris
    session('heat', 'p', '2024-08-04T08:00:00Z', false),
    session('next', 'p', '2024-08-04T22:30:00Z'), // 00:30 on 5 August in Paris
  ];

  it('are the sessions starting on the day in the edition’s zone, by time', () => {
    expect(sessionsOfDay(all, edition, '2024-08-04').map((s) => s.ref)).toEqual(['heat', 'surf', 'late']);
  });

  it('filter by sport, venue, medal and local start time at the venue', () => {
    const day = sessionsOfDay(all, edition, '2024-08-04');
    expect(filterCandidates(day, venues, { ...NO_FILTER, medalOnly: true }).map((s) => s.ref)).toEqual([
      'surf',
      'late',
    ]);
    expect(filterCandidates(day, venues, { ...NO_FILTER, sport: 'Surfing' }).map((s) => s.ref)).toEqual([
      'surf',
    ]);
    expect(filterCandidates(day, venues, { ...NO_FILTER, venueId: 'p' }).map((s) => s.ref)).toEqual([
      'heat',
      'late',
    ]);
    // From 09:00 local: the heat is at 10:00 in Paris; the Tahiti session at 08:00 there (20:00 in Paris).
    expect(filterCandidates(day, venues, { ...NO_FILTER, from: '09:00' }).map((s) => s.ref)).toEqual([
      'heat',
      'late',
    ]);
  });
});

describe('instantAtVenue', () => {
  it('reads a key time in the venue’s zone on the session’s day', () => {
    expect(instantAtVenue('2024-08-04T19:00:00Z', '21:50', 'Europe/Paris')).toBe('2024-08-04T19:50:00.000Z');
    expect(instantAtVenue('2024-07-30T17:00:00Z', '09:15', 'Pacific/Tahiti')).toBe(
      '2024-07-30T19:15:00.000Z',
    );
    expect(instantAtVenue('2024-07-30T17:00:00Z', '9h', 'Pacific/Tahiti')).toBeUndefined();
  });
});

describe('loadOfDay', () => {
  it('counts each creator’s moments of the day once, most loaded first', () => {
    const members = [
      { id: 'a', name: 'Ana', role: 'creator' },
      { id: 'b', name: 'Bea', role: 'creator' },
      { id: 'x', name: 'Xavier', role: 'planner' },
    ] as Member[];
    const moments = [{ id: 'm1' }, { id: 'm2' }] as Moment[];
    const assignments = [
      { id: '1', memberId: 'b', momentId: 'm1', note: '' },
      { id: '2', memberId: 'b', momentId: 'm1', spotId: 's', note: '' },
      { id: '3', memberId: 'b', momentId: 'm2', note: '' },
      { id: '4', memberId: 'a', momentId: 'other-day', note: '' },
    ];
    expect(loadOfDay(members, assignments, moments).map((l) => [l.member.name, l.count])).toEqual([
      ['Bea', 2],
      ['Ana', 0],
    ]);
  });
});

describe('decodeSchedule', () => {
  it('accepts UTF-8, UTF-16 with a BOM and Windows-1252; refuses UTF-16 without a BOM, empty and oversize files', () => {
    expect(decodeSchedule(new TextEncoder().encode('ref\nStade de France'))).toEqual({
      ok: true,
      text: 'ref\nStade de France',
      encoding: 'utf-8',
    });
    expect(decodeSchedule(new Uint8Array([0x72, 0xe9, 0x66]))).toEqual({
      ok: true,
      text: 'réf',
      encoding: 'windows-1252',
    });
    expect(decodeSchedule(new Uint8Array([0xff, 0xfe, 0x72, 0x00]))).toEqual({
      ok: true,
      text: 'r',
      encoding: 'utf-16le',
    });
    expect(decodeSchedule(new Uint8Array([0x72, 0x00, 0x65, 0x00]))).toMatchObject({
      ok: false,
      issue: { code: 'notUtf8' },
    });
    expect(decodeSchedule(new Uint8Array())).toMatchObject({ ok: false, issue: { code: 'empty' } });
    expect(decodeSchedule(new Uint8Array(600 * 1024))).toMatchObject({
      ok: false,
      issue: { code: 'tooLarge' },
    });
  });
});
