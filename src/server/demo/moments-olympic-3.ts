// Olympic plan, 5 August: Duplantis, Biles on floor, the cauldron at sunset, football in Lyon.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { EDITION_IDS, MOMENT_IDS as M, SESSION_IDS as S, VENUE_IDS as V } from './ids.ts';
import { paris } from './time.ts';

type MomentArgs = MutationArgs<'moment.create'>;
const editionId = EDITION_IDS.olympic;

/** In creation order: the order is the day's rank (1 = first priority). */
export const olympicMomentsC: MomentArgs[] = [
  {
    id: M.duplantis,
    editionId,
    day: '2024-08-05',
    venueId: V.stadeDeFrance,
    sessionId: S.athletics0805,
    title: "Armand Duplantis, men's pole vault final",
    sport: 'Athletics',
    why: {
      kind: 'athlete',
      athlete: 'Armand Duplantis',
      text: 'The world record holder raises his own record a centimetre at a time. Once the title is won he asks for a world-record height, and the whole stadium stops for him.',
    },
    keyMomentAt: paris('2024-08-05', '21:45'),
    angles: {
      sport: 'The body turned upside down above the bar',
      site: 'The bar against the stadium lights and the night sky',
      public: 'The rhythmic clapping he asks for on the runway',
    },
  },
  {
    id: M.bilesFloor,
    editionId,
    day: '2024-08-05',
    venueId: V.bercyArena,
    sessionId: S.gymApparatus0805,
    title: "Simone Biles, women's floor final",
    sport: 'Artistic gymnastics',
    why: {
      kind: 'athlete',
      athlete: 'Simone Biles',
      text: 'Her last final of the Games, on the floor where she performs the hardest tumbling in the sport.',
    },
    keyMomentAt: paris('2024-08-05', '15:30'),
    angles: {
      sport: 'Mid-air in a tumbling pass',
      site: 'The floor lit in the arena, the Olympic rings',
      public: 'The crowd clapping along to her music',
    },
  },
  {
    id: M.cauldron,
    editionId,
    day: '2024-08-05',
    venueId: V.tuileries,
    sessionId: S.cauldron0805,
    title: 'The cauldron balloon rises at sunset',
    sport: 'Games celebration',
    why: {
      kind: 'iconic',
      text: 'The cauldron is a balloon: every evening it rises above the Tuileries at sunset, on the historic axis from the Louvre to the Arc de Triomphe. Known to the minute.',
    },
    keyMomentAt: paris('2024-08-05', '21:25'),
    angles: {
      sport: 'The flame: the ring of fire under the balloon',
      site: 'The Louvre, the Tuileries and the axis to the Arc de Triomphe',
      public: 'The crowd gathered on the garden lawns looking up',
    },
  },
  {
    id: M.footballSemiLyon,
    editionId,
    day: '2024-08-05',
    venueId: V.groupamaStadium,
    sessionId: S.footballSemiLyon,
    title: "Men's football semi-final in Lyon",
    sport: 'Football',
    why: {
      kind: 'iconic',
      text: 'An Olympic semi-final in a full Lyon stadium: the Games beyond Paris, with the supporters of two nations.',
    },
    keyMomentAt: paris('2024-08-05', '21:00'),
    angles: {
      sport: 'The kick-off, both teams in the centre circle',
      site: "Lyon's stadium full, the Olympic rings on the big screen",
      public: 'The supporters behind the goal, scarves up for the anthems',
    },
  },
];
