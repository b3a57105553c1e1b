// Who is sent where at the Paralympic Games.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { assign } from './assignments.ts';
import { MOMENT_IDS as M } from './ids.ts';
import { SPOT_IDS as P } from './ids-spots.ts';
import { MEMBER_IDS as T } from './ids-team.ts';

export const paralympicAssignments: MutationArgs<'assignment.create'>[] = [
  // 1 September
  assign(
    'a5000000-2024-4000-8000-000000000025',
    T.creatorTheo,
    M.paraTriathlon,
    P.paraTriTransition,
    'Swim exit and the prosthesis in transition.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000026',
    T.creatorMalik,
    M.blindFootballFrance,
    undefined,
    'Silent crowd, then the goal.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000027',
    T.creatorLea,
    M.paraAthletics0901,
    undefined,
    'Blades and guides on the start line.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000028',
    T.creatorChloe,
    M.paraSwim0901,
    undefined,
    'Post each French final.',
  ),
  // 7 September
  assign(
    'a5000000-2024-4000-8000-000000000029',
    T.creatorLea,
    M.blindFootballFinal,
    P.blindFootballGoal,
    'Behind the goal if the venue agrees; no sound from the pen during play.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000030',
    T.creatorYanis,
    M.blindFootballFinal,
    P.blindFootballTopStand,
    'Wide frame with the tower; be in place before 21:00.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000031',
    T.creatorSophie,
    M.wheelchairTennisFinal,
    P.chatrierUpper,
    'The tracks in the clay from above.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000032',
    T.creatorMalik,
    M.paraJudo,
    undefined,
    'The grip before hajime, in video.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000033',
    T.creatorTheo,
    M.paraAthletics0907,
    P.paraAthleticsBlocks,
    'Blades in the blocks for the sprint finals.',
  ),
];
