// Signature images: identified in advance as markers of the Games, each with its sides of the triangle or square.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { MOMENT_IDS as M } from './ids.ts';
import { SIGNATURE_IDS as G, SPOT_IDS as P } from './ids-spots.ts';

type SignatureArgs = MutationArgs<'signature.create'>;

export const signatures: SignatureArgs[] = [
  {
    id: G.lepicImpressionist,
    momentId: M.roadRaceLepic,
    spotId: P.lepicBalcony,
    title: 'The peloton climbing rue Lepic, from a balcony',
    description:
      'Seen from above, the peloton squeezed between the terraces and the crowd, like an impressionist painting.',
    sides: ['sport', 'site', 'public'],
  },
  {
    id: G.cauldronFromLouvre,
    momentId: M.cauldron,
    spotId: P.louvreRoof,
    title: 'The cauldron rising, seen from the Louvre roof',
    description:
      'The balloon leaving the ground at sunset, the Tuileries and the crowd below, the axis to the Arc de Triomphe behind.',
    sides: ['site', 'public'],
    partner: 'Musée du Louvre',
  },
  {
    id: G.cauldronHistoricAxis,
    momentId: M.cauldron,
    spotId: P.arcTerrace,
    title: 'The cauldron on the historic axis',
    description:
      'From the Arc de Triomphe, the Champs-Élysées, the obelisk and the balloon lined up on one axis at dusk.',
    sides: ['site'],
  },
  {
    id: G.seineSwim,
    momentId: M.triathlonSeine,
    spotId: P.policeBoat,
    title: 'Swimming in the Seine under Pont Alexandre III',
    description:
      "At water level from the river police boat: the swimmers' arms, the gilded statues of the bridge behind.",
    sides: ['sport', 'site'],
    partner: 'Brigade fluviale (river police)',
  },
  {
    id: G.teahupooBarrel,
    momentId: M.surfFinals,
    spotId: P.teahupooBoat,
    title: "Inside the Teahupo'o barrel",
    description: 'A finalist deep in the barrel, the reef visible under the water, the mountains behind.',
    sides: ['sport', 'site'],
  },
  {
    id: G.marchandAnthem,
    momentId: M.marchand,
    spotId: P.laDefenseUpperBowl,
    title: 'The arena standing for Marchand',
    description: 'The whole arena on its feet as he walks out for his second final of the night.',
    sides: ['public', 'sport'],
  },
  {
    id: G.rinerTatami,
    momentId: M.riner,
    spotId: P.champDeMarsStand,
    title: 'Riner on the tatami, the arena behind him',
    description: 'The heavyweight final with the stand in tricolour behind the tatami.',
    sides: ['sport', 'public'],
  },
  {
    id: G.men100Silence,
    momentId: M.men100,
    spotId: P.stadeFinishUpper,
    title: 'The silence before the 100 m gun',
    description: 'Wide frame from the upper tier: eight sprinters set, 80,000 people holding their breath.',
    sides: ['public', 'site'],
  },
  {
    id: G.duplantisBar,
    momentId: M.duplantis,
    spotId: P.poleVaultRunway,
    title: 'Duplantis above the bar at a world-record height',
    description: 'Upside down above the bar, the stadium lights behind, the stands on their feet.',
    sides: ['sport', 'public'],
  },
  {
    id: G.bilesFloor,
    momentId: M.bilesFloor,
    spotId: P.bercyFloorCorner,
    title: 'Biles mid-air on the floor',
    description: 'A tumbling pass coming at the lens, the crowd clapping behind.',
    sides: ['sport', 'public'],
  },
  {
    id: G.marseilleFoils,
    momentId: M.windsurfMarseille,
    spotId: P.marseilleSeaWall,
    title: 'Foils under Notre-Dame de la Garde',
    description: 'Boards flying above the water, the basilica on its hill above the city.',
    sides: ['sport', 'site'],
  },
  {
    id: G.beachSparkle,
    momentId: M.beachVolleyNight,
    spotId: P.beachTowerStand,
    title: 'Beach volleyball under the sparkling tower',
    description: 'At 22:00 the tower sparkles above a point being played and a dancing stand.',
    sides: ['site', 'public'],
  },
  {
    id: G.blindFootballGuide,
    momentId: M.blindFootballFinal,
    spotId: P.blindFootballGoal,
    title: 'The guide behind the goal',
    description: 'The guide calling, the striker in eyeshades shooting, the tower lit above the stand.',
    sides: ['sport', 'site', 'public', 'disability'],
  },
  {
    id: G.blindFootballTower,
    momentId: M.blindFootballFinal,
    spotId: P.blindFootballTopStand,
    title: 'A silent stadium at the foot of the tower',
    description: 'The whole stadium silent during play, the tower sparkling behind the far goal.',
    sides: ['site', 'public'],
  },
  {
    id: G.chatrierClay,
    momentId: M.wheelchairTennisFinal,
    spotId: P.chatrierUpper,
    title: 'Wheelchair tracks in the clay of Chatrier',
    description: 'From above, the arcs drawn by the wheelchair in the red clay during a rally.',
    sides: ['sport', 'site', 'disability'],
  },
  {
    id: G.paraTriProsthesis,
    momentId: M.paraTriathlon,
    spotId: P.paraTriTransition,
    title: 'Out of the Seine, to the prosthesis',
    description:
      'The athlete leaving the water and reaching for the running prosthesis, Pont Alexandre III behind.',
    sides: ['sport', 'site', 'disability'],
  },
  {
    id: G.paraBlocks,
    momentId: M.paraAthletics0907,
    spotId: P.paraAthleticsBlocks,
    title: 'Blades in the blocks',
    description: 'Running blades set in the starting blocks, the full stands of the Stade de France behind.',
    sides: ['sport', 'public', 'disability'],
  },
];
