// The Paris 2024 demo: both editions, loaded on first start so `npm start` shows a real plan.
import type { Member } from '../../shared/domain/index.ts';
import type { MutationArgs, MutationName } from '../../shared/mutations/index.ts';
import { accessRequests } from './access.ts';
import { editions } from './editions.ts';
import { inFrench } from './fr/index.ts';
import { EDITION_IDS, MOMENT_IDS, SESSION_IDS, VENUE_IDS } from './ids.ts';
import { ACCESS_IDS, SIGNATURE_IDS, SPOT_IDS } from './ids-spots.ts';
import { MEMBER_IDS } from './ids-team.ts';
import { olympicMomentsA } from './moments-olympic-1.ts';
import { olympicMomentsB } from './moments-olympic-2.ts';
import { olympicMomentsC } from './moments-olympic-3.ts';
import { paralympicMoments } from './moments-paralympic.ts';
import { olympicSessionsWeek1 } from './sessions-olympic-1.ts';
import { olympicSessionsWeek2 } from './sessions-olympic-2.ts';
import { olympicSessionsWeek3 } from './sessions-olympic-3.ts';
import { paralympicSessions } from './sessions-paralympic.ts';
import { signatures } from './signatures.ts';
import { spots } from './spots.ts';
import { olympicAssignments } from './assignments.ts';
import { paralympicAssignments } from './assignments-paralympic.ts';
import { members } from './members.ts';
import { venues } from './venues.ts';

/** Every fixed id of the demo, for tests and end-to-end scenarios. */
export const DEMO_IDS = {
  editions: EDITION_IDS,
  venues: VENUE_IDS,
  sessions: SESSION_IDS,
  moments: MOMENT_IDS,
  spots: SPOT_IDS,
  access: ACCESS_IDS,
  signatures: SIGNATURE_IDS,
  members: MEMBER_IDS,
} as const;

export interface DemoMutation {
  name: MutationName;
  args: unknown;
}

export interface Paris2024Demo {
  /** Applied first, by the admin, through `member.put`. */
  members: Member[];
  /** Then applied in this order: each one only refers to rows created before it. */
  mutations: DemoMutation[];
}

/** The demo's language: its planned texts (titles, briefs, spots, schedule) are written in one. */
export type DemoLanguage = 'en' | 'fr';

/**
 * The demo as data, its texts in `language` (English by default: the test suites act in English). Moments are created in rank order (the mutation ranks a new moment last of
 * its day), and every image is left `planned`: moving it along is the app's job, not the demo's.
 * A fresh copy on each call, so a caller may not alter the next one.
 */
export function paris2024Demo(language: DemoLanguage = 'en'): Paris2024Demo {
  const mutations: DemoMutation[] = [
    ...each('edition.create', editions),
    ...each('venue.put', venues),
    ...each('session.put', [
      ...olympicSessionsWeek1,
      ...olympicSessionsWeek2,
      ...olympicSessionsWeek3,
      ...paralympicSessions,
    ]),
    ...each('moment.create', [
      ...olympicMomentsA,
      ...olympicMomentsB,
      ...olympicMomentsC,
      ...paralympicMoments,
    ]),
    ...each('spot.create', spots),
    ...each('access.create', accessRequests),
    ...each('signature.create', signatures),
    ...each('assignment.create', [...olympicAssignments, ...paralympicAssignments]),
  ];
  const demo = structuredClone({ members, mutations });
  return language === 'fr' ? inFrench(demo) : demo;
}

function each<N extends MutationName>(name: N, list: MutationArgs<N>[]): DemoMutation[] {
  return list.map((args) => ({ name, args }));
}
