// The permissions matrix, written out by hand (not derived from the mutation definitions, so it can disagree):
// every mutation, with valid arguments against the seeded plan, and the roles that may run it.
import { randomUUID } from 'node:crypto';
import { AT, access, ids } from './permissions.fixture.ts';

/** admin, planner, editor, creator assigned to the 100 m (Léa), creator not assigned (Hugo). */
export const WHO = ['admin', 'planner', 'editor', 'lea', 'hugo'] as const;
export type Who = (typeof WHO)[number];

export interface Case {
  name: string;
  /** Distinguishes two cases of one mutation (e.g. advancing to captured or to selected). */
  variant?: string;
  args: () => unknown;
  allowed: readonly Who[];
  /** The code a refused member gets when it is not role_forbidden (a caller refused by a finer rule). */
  refusedWith?: Partial<Record<Who, string>>;
  /** Run first as the admin (system client), e.g. to have a captured image to reopen. */
  before?: { name: string; args: unknown }[];
}

const ADMIN = ['admin'] as const;
const PLANNERS = ['admin', 'planner'] as const;
const DESK = ['admin', 'planner', 'editor'] as const;
const ON_IMAGE = ['admin', 'planner', 'editor', 'lea'] as const;
const triangle = { sport: 'the start', site: 'the roof', public: 'the stands' };
const session = () => ({
  id: randomUUID(),
  editionId: ids.olympic,
  venueId: ids.stade,
  ref: `ATH-${randomUUID().slice(0, 8)}`,
  sport: 'Athletics',
  event: "Men's 100 m final",
  startsAt: '2024-08-04T19:50:00.000Z',
  endsAt: '2024-08-04T20:00:00.000Z',
  medal: true,
});

/** A session of the 100 m final the session cases edit, and the ODF code of its venue. */
const SESSION_ID = '00000000-0000-4000-8000-000000000081';
const stadeCode = { name: 'venue.codes', args: { id: ids.stade, odfCodes: ['STA'] } };

export const CASES: Case[] = [
  {
    name: 'edition.create',
    allowed: ADMIN,
    args: () => ({
      id: randomUUID(),
      type: 'olympic',
      name: 'LA 2028',
      startDay: '2028-07-14',
      endDay: '2028-07-30',
      timeZone: 'America/Los_Angeles',
    }),
  },
  {
    name: 'venue.put',
    allowed: PLANNERS,
    args: () => ({
      id: randomUUID(),
      name: 'Marina',
      city: 'Marseille',
      position: { lat: 43.27, lng: 5.37 },
      timeZone: 'Europe/Paris',
    }),
  },
  { name: 'session.put', allowed: PLANNERS, args: session },
  { name: 'schedule.import', allowed: PLANNERS, args: () => ({ sessions: [session()] }) },
  {
    name: 'session.update',
    allowed: PLANNERS,
    args: () => ({ id: SESSION_ID, status: 'delayed' }),
    before: [{ name: 'session.put', args: { ...session(), id: SESSION_ID } }],
  },
  {
    name: 'schedule.feed',
    allowed: PLANNERS,
    args: () => ({
      type: 'DT_SCHEDULE_UPDATE',
      version: 2,
      producedAt: '2024-08-04T17:00:00.000Z',
      editionId: ids.olympic,
      units: [
        {
          id: randomUUID(),
          ref: 'ATHM100M--------------FNL-000100--',
          sport: 'Athletics',
          event: "Men's 100 m final",
          venue: 'STA',
          startsAt: '2024-08-04T19:55:00.000Z',
          endsAt: '2024-08-04T20:05:00.000Z',
          medal: true,
          status: 'delayed',
        },
      ],
    }),
    before: [stadeCode],
  },
  { name: 'venue.codes', allowed: ADMIN, args: () => ({ id: ids.stade, odfCodes: ['STA'] }) },
  {
    name: 'moment.create',
    allowed: PLANNERS,
    args: () => ({
      id: randomUUID(),
      editionId: ids.olympic,
      venueId: ids.stade,
      day: '2024-08-05',
      title: 'Pole vault final',
      sport: 'Athletics',
      why: { kind: 'athlete', athlete: 'Armand Duplantis', text: 'a date with history' },
      keyMomentAt: '2024-08-05T19:00:00.000Z',
      angles: triangle,
    }),
  },
  { name: 'moment.update', allowed: PLANNERS, args: () => ({ id: ids.m100, title: 'The final' }) },
  { name: 'moment.rank', allowed: PLANNERS, args: () => ({ id: ids.m100, rank: 2 }) },
  { name: 'moment.drop', allowed: PLANNERS, args: () => ({ id: ids.m100 }) },
  {
    name: 'moment.restore',
    allowed: PLANNERS,
    args: () => ({ id: ids.m100 }),
    before: [{ name: 'moment.drop', args: { id: ids.m100 } }],
  },
  {
    name: 'moment.copy',
    allowed: PLANNERS,
    args: () => ({ id: randomUUID(), fromId: ids.m100, day: '2024-08-06' }),
  },
  {
    name: 'day.copy',
    allowed: PLANNERS,
    args: () => ({
      editionId: ids.olympic,
      toDay: '2024-08-07',
      moments: [{ fromId: ids.m100, id: randomUUID() }],
    }),
  },
  {
    name: 'spot.create',
    allowed: PLANNERS,
    args: () => ({
      id: randomUUID(),
      momentId: ids.m100,
      label: 'Roof',
      description: '',
      camera: { lat: 48.92, lng: 2.36 },
    }),
  },
  { name: 'spot.update', allowed: PLANNERS, args: () => ({ id: ids.spot, label: 'Row 2' }) },
  { name: 'access.create', allowed: PLANNERS, args: () => ({ ...access, id: randomUUID() }) },
  { name: 'access.update', allowed: PLANNERS, args: () => ({ id: access.id, status: 'asked' }) },
  {
    name: 'assignment.create',
    allowed: PLANNERS,
    args: () => ({ id: randomUUID(), memberId: ids.hugo, momentId: ids.surf, note: '' }),
  },
  { name: 'assignment.delete', allowed: PLANNERS, args: () => ({ id: ids.assignment }) },
  {
    // Only the assignment's own member acknowledges, whatever their role (Léa's is the 100 m's).
    name: 'assignment.acknowledge',
    allowed: ['lea'],
    args: () => ({ id: ids.assignment, changedAt: AT, keyMomentAt: '2024-08-04T19:50:00.000Z' }),
    refusedWith: {
      admin: 'not_assigned',
      planner: 'not_assigned',
      editor: 'not_assigned',
      hugo: 'not_assigned',
    },
  },
  {
    name: 'member.put',
    allowed: ADMIN,
    args: () => ({ id: randomUUID(), name: 'Nina', role: 'creator', contact: '' }),
  },
  {
    name: 'signature.create',
    allowed: PLANNERS,
    args: () => ({
      id: randomUUID(),
      momentId: ids.m100,
      title: 'Lane 4',
      description: '',
      sides: ['sport'],
    }),
  },
  { name: 'signature.update', allowed: PLANNERS, args: () => ({ id: ids.image, title: 'The roar' }) },
  {
    name: 'signature.advance',
    variant: 'to captured',
    allowed: ON_IMAGE,
    args: () => ({ id: ids.image, to: 'captured' }),
  },
  {
    name: 'signature.advance',
    variant: 'to selected (the desk only)',
    allowed: DESK,
    args: () => ({ id: ids.image, to: 'selected' }),
    refusedWith: { lea: 'value_not_allowed', hugo: 'not_assigned' },
  },
  {
    name: 'signature.link',
    allowed: DESK,
    args: () => ({ id: ids.image, assetUrl: 'https://media.example.org/asset/9' }),
    before: [{ name: 'signature.advance', args: { id: ids.image, to: 'captured' } }],
  },
  { name: 'signature.miss', allowed: ON_IMAGE, args: () => ({ id: ids.image, reason: 'blocked view' }) },
  {
    name: 'signature.reopen',
    allowed: DESK,
    args: () => ({ id: ids.image, to: 'planned', reason: 'blurred' }),
    before: [{ name: 'signature.advance', args: { id: ids.image, to: 'captured' } }],
  },
  { name: 'signature.note', allowed: ON_IMAGE, args: () => ({ id: ids.image, note: 'row 2' }) },
  { name: 'signature.preview', allowed: ON_IMAGE, args: () => ({ id: ids.image, previewId: randomUUID() }) },
];
