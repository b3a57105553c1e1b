// Who is sent where at the Olympic Games: creators assigned to moments and, where it is settled, to a spot.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { MOMENT_IDS as M } from './ids.ts';
import { SPOT_IDS as P } from './ids-spots.ts';
import { MEMBER_IDS as T } from './ids-team.ts';

type AssignmentArgs = MutationArgs<'assignment.create'>;

export function assign(
  id: string,
  memberId: string,
  momentId: string,
  spotId: string | undefined,
  note: string,
): AssignmentArgs {
  const assignment: AssignmentArgs = { id, memberId, momentId, note };
  return spotId ? { ...assignment, spotId } : assignment;
}

/** Some creators cover two or three moments in a day, when times and distances allow it. */
export const olympicAssignments: AssignmentArgs[] = [
  // 31 July
  assign(
    'a5000000-2024-4000-8000-000000000001',
    T.creatorTheo,
    M.triathlonSeine,
    P.policeBoat,
    'Board at 06:45; stills from the water, then file from the quay.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000002',
    T.creatorTheo,
    M.bmxPark,
    undefined,
    'Walk to Concorde after the triathlon; photo pen on the park side.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000003',
    T.creatorMalik,
    M.marchand,
    P.laDefenseUpperBowl,
    'Video of both walk-outs; vertical format for stories.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000004',
    T.creatorSophie,
    M.marchand,
    undefined,
    'Post the first image within five minutes of each final.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000005',
    T.creatorNora,
    M.surfFinals,
    P.teahupooBoat,
    'Tahiti time: the finals are in the afternoon there, the night in Paris.',
  ),
  // 2 August
  assign(
    'a5000000-2024-4000-8000-000000000006',
    T.creatorLea,
    M.riner,
    P.champDeMarsStand,
    'From the first round: the stand grows all day.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000007',
    T.creatorSophie,
    M.riner,
    undefined,
    'Stories from the stand during the final block.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000008',
    T.creatorJulien,
    M.windsurfMarseille,
    P.marseilleSeaWall,
    'Media boat leaves the marina at 12:15.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000009',
    T.creatorYanis,
    M.beachVolleyNight,
    P.beachTowerStand,
    'In place before 22:00 for the sparkle.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000010',
    T.creatorChloe,
    M.men10000,
    undefined,
    'Crowd and last-lap bell, for the live thread.',
  ),
  // 3 August
  assign(
    'a5000000-2024-4000-8000-000000000011',
    T.creatorLea,
    M.roadRaceLepic,
    P.lepicBalcony,
    'Three passages: test framing on the first, the signature image on the last.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000012',
    T.creatorMalik,
    M.roadRaceLepic,
    P.lepicTopCrowd,
    'Video of the crowd as the peloton passes.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000013',
    T.creatorLea,
    M.women100,
    undefined,
    'Metro line 13 from Montmartre to Saint-Denis right after the last climb.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000014',
    T.creatorYanis,
    M.judoMixedTeam,
    undefined,
    'Team bench and stand.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000015',
    T.creatorTheo,
    M.bilesVault,
    undefined,
    'Lower tier on the vault runway side.',
  ),
  // 4 August
  assign(
    'a5000000-2024-4000-8000-000000000016',
    T.creatorYanis,
    M.men100,
    P.stadeFinishUpper,
    'Wide frame of the whole stadium at 21:50.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000017',
    T.creatorChloe,
    M.men100,
    undefined,
    'Stories of the crowd before the final.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000018',
    T.creatorTheo,
    M.womenRoadRace,
    undefined,
    'Same circuit as yesterday: top of the climb, rue Norvins.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000019',
    T.creatorMalik,
    M.golfFinalRound,
    undefined,
    'Video at the 18th green for the last groups.',
  ),
  // 5 August
  assign(
    'a5000000-2024-4000-8000-000000000020',
    T.creatorLea,
    M.duplantis,
    P.poleVaultRunway,
    'Stay until the last attempt, however late.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000021',
    T.creatorTheo,
    M.cauldron,
    P.louvreRoof,
    'Only if the Louvre grants the roof; otherwise the Tuileries lawn.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000022',
    T.creatorChloe,
    M.cauldron,
    P.tuileriesCrowd,
    'Live video of the balloon leaving the ground.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000023',
    T.creatorSophie,
    M.bilesFloor,
    P.bercyFloorCorner,
    'Photo and post from the corner of the floor.',
  ),
  assign(
    'a5000000-2024-4000-8000-000000000024',
    T.creatorJulien,
    M.footballSemiLyon,
    undefined,
    'Train from Marseille in the morning; supporters before kick-off.',
  ),
];
