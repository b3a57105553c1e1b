// Spots of the demo plan: where each creator stands, what they aim at (the bearing is derived).
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { MOMENT_IDS as M } from './ids.ts';
import { SPOT_IDS as P } from './ids-spots.ts';

type SpotArgs = MutationArgs<'spot.create'>;

function spot(
  id: string,
  momentId: string,
  label: string,
  description: string,
  camera: [number, number],
  subject: [number, number],
): SpotArgs {
  return {
    id,
    momentId,
    label,
    description,
    camera: { lat: camera[0], lng: camera[1] },
    subject: { lat: subject[0], lng: subject[1] },
  };
}

const CAULDRON: [number, number] = [48.8635, 2.3275];
const BLIND_FOOTBALL_PITCH: [number, number] = [48.856, 2.298];

export const spots: SpotArgs[] = [
  spot(
    P.lepicBalcony,
    M.roadRaceLepic,
    'Balcony of number 12, rue Lepic',
    'Fourth-floor balcony of a private flat, above the bend: the riders come up towards the lens between the café terraces. Ring at the street door, code sent by text the day before.',
    [48.8851, 2.3339],
    [48.8856, 2.3345],
  ),
  spot(
    P.lepicTopCrowd,
    M.roadRaceLepic,
    'Top of the climb, rue Norvins',
    'Pavement at the top of the climb, behind the barriers: low angle on the crowd, the Sacré-Cœur dome above. Be there two hours early, it fills up.',
    [48.8868, 2.339],
    [48.8863, 2.338],
  ),
  spot(
    P.louvreRoof,
    M.cauldron,
    'Louvre roof, Pavillon de Marsan',
    'Roof terrace of the Pavillon de Marsan (rue de Rivoli wing). Staff entrance, then the service stairs behind the roof access door; a museum escort is mandatory.',
    [48.8628, 2.3327],
    CAULDRON,
  ),
  spot(
    P.arcTerrace,
    M.cauldron,
    'Arc de Triomphe terrace',
    'East parapet of the roof terrace, facing the Champs-Élysées: the balloon on the historic axis, 2.6 km away. 600 mm lens on a tripod.',
    [48.8738, 2.295],
    CAULDRON,
  ),
  spot(
    P.tuileriesCrowd,
    M.cauldron,
    'Tuileries lawn, west of the round basin',
    'On the lawn among the public, low angle: faces and raised phones in the foreground, the balloon leaving the ground behind them.',
    [48.864, 2.325],
    CAULDRON,
  ),
  spot(
    P.policeBoat,
    M.triathlonSeine,
    'River police boat on the Seine',
    'On board the Brigade fluviale launch holding station upstream of Pont des Invalides: swimmers at water level, the bridge behind them. Board at the Port des Champs-Élysées pontoon at 06:45.',
    [48.8647, 2.311],
    [48.8637, 2.3137],
  ),
  spot(
    P.pontInvalidesParapet,
    M.triathlonSeine,
    'Pont des Invalides, upstream parapet',
    'Middle of the bridge, upstream side, above the central pier: the whole pack swimming towards you under Pont Alexandre III.',
    [48.8629, 2.3103],
    [48.8637, 2.3137],
  ),
  spot(
    P.teahupooBoat,
    M.surfFinals,
    "Photo boat in the Teahupo'o channel",
    'Boat anchored in the channel, about 40 m from the peak. Wetsuit and water housing; leave the marina at the end of the road 30 minutes before the first heat.',
    [-17.8695, -149.26],
    [-17.8707, -149.2575],
  ),
  spot(
    P.laDefenseUpperBowl,
    M.marchand,
    'Upper bowl above the finish wall',
    'Upper bowl, block 304, row 2: the finish wall, the scoreboard and the standing crowd in one frame; the walk-out tunnel to the left.',
    [48.8959, 2.2292],
    [48.8956, 2.2297],
  ),
  spot(
    P.champDeMarsStand,
    M.riner,
    'Stand facing the main tatami',
    'Top row of block B, facing the main tatami: the contest with the whole stand behind it.',
    [48.853, 2.302],
    [48.8528, 2.3026],
  ),
  spot(
    P.stadeFinishUpper,
    M.men100,
    'Upper tier above the finish line',
    'Row 3 of the upper tier, above the finish line: the straight, the roof and 80,000 people in one wide frame.',
    [48.925, 2.3597],
    [48.9243, 2.3605],
  ),
  spot(
    P.poleVaultRunway,
    M.duplantis,
    'Behind the pole vault landing mat',
    'Lower tier at the end of the pole vault runway, behind the mat: the vaulter upside down against the stadium lights.',
    [48.924, 2.3612],
    [48.9244, 2.361],
  ),
  spot(
    P.bercyFloorCorner,
    M.bilesFloor,
    'Corner of the floor, lower tier',
    'Lower tier, row 5, at the corner where the tumbling passes end: the gymnast comes straight at the lens.',
    [48.8389, 2.379],
    [48.8386, 2.3785],
  ),
  spot(
    P.marseilleSeaWall,
    M.windsurfMarseille,
    'Media boat south of the race area',
    'Accredited media boat holding south of the course, looking north: the boards on their foils with Notre-Dame de la Garde above the city.',
    [43.264, 5.36],
    [43.27, 5.362],
  ),
  spot(
    P.beachTowerStand,
    M.beachVolleyNight,
    'Top of the south-east stand',
    'Top row of the south-east stand: the court below, the tower above it. Be in place before 22:00 for the sparkle.',
    [48.8555, 2.299],
    [48.856, 2.298],
  ),
  spot(
    P.blindFootballGoal,
    M.blindFootballFinal,
    'Behind the goal, beside the guide',
    "Photographers' pen behind the south-east goal, next to the guide's zone: the guide calling and the shot coming. Silence during play.",
    [48.8556, 2.2988],
    BLIND_FOOTBALL_PITCH,
  ),
  spot(
    P.blindFootballTopStand,
    M.blindFootballFinal,
    'Top of the south-east stand',
    'Top row of the south-east stand: the pitch, the silent crowd and the lit tower behind the far goal.',
    [48.8553, 2.2993],
    BLIND_FOOTBALL_PITCH,
  ),
  spot(
    P.chatrierUpper,
    M.wheelchairTennisFinal,
    'Chatrier upper tier, north end',
    'Upper tier behind the north baseline: the wheelchair tracks in the clay and the whole court.',
    [48.8465, 2.2527],
    [48.8462, 2.253],
  ),
  spot(
    P.paraTriTransition,
    M.paraTriathlon,
    'Swim exit ramp, Port des Invalides',
    'Photo pen at the swim exit on the left-bank quay, before the transition: athletes coming out of the Seine to their prostheses and handlers.',
    [48.863, 2.3142],
    [48.8633, 2.314],
  ),
  spot(
    P.paraAthleticsBlocks,
    M.paraAthletics0907,
    'Start of the 100 m, row 1',
    'Lower tier at the 100 m start, row 1, inside lane 1: blades set in the blocks, the full stands behind.',
    [48.9239, 2.3598],
    [48.9241, 2.3601],
  ),
];
