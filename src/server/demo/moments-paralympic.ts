// Paralympic plan, 1 and 7 September: the square, with disability as the attribute that explains the performance.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { EDITION_IDS, MOMENT_IDS as M, SESSION_IDS as S, VENUE_IDS as V } from './ids.ts';
import { paris } from './time.ts';

type MomentArgs = MutationArgs<'moment.create'>;
const editionId = EDITION_IDS.paralympic;

const BLIND_FOOTBALL_DISABILITY =
  'The eyeshades, the ball with bells, the guide behind the goal calling the shot';
const TOWER = 'The Eiffel Tower lit above the stand, sparkling on the hour';

/** In creation order: the order is the day's rank (1 = first priority). */
export const paralympicMoments: MomentArgs[] = [
  {
    id: M.paraTriathlon,
    editionId,
    day: '2024-09-01',
    venueId: V.pontAlexandreIII,
    sessionId: S.paraTriathlon,
    title: 'Alexis Hanquinquant, para triathlon PTS4',
    sport: 'Para triathlon',
    why: {
      kind: 'athlete',
      athlete: 'Alexis Hanquinquant',
      text: 'The Tokyo PTS4 champion, French, racing at home: a swim in the Seine and a run past the Grand Palais.',
    },
    keyMomentAt: paris('2024-09-01', '08:30'),
    angles: {
      sport: 'Out of the water and running to the bike',
      site: 'Pont Alexandre III, the Grand Palais and the Seine',
      public: 'The quays lined with early-morning supporters',
      disability: 'The prosthetic leg put on in the transition: the attribute that carries the run',
    },
  },
  {
    id: M.blindFootballFrance,
    editionId,
    day: '2024-09-01',
    venueId: V.eiffelTowerStadium,
    sessionId: S.blindFootballFrance,
    title: 'Blind football: France – China under the Eiffel Tower',
    sport: 'Blind football',
    why: {
      kind: 'iconic',
      text: 'The European champions play at home at the foot of the Eiffel Tower, at night; 13,000 people must fall silent so the players can hear the ball.',
    },
    keyMomentAt: paris('2024-09-01', '21:00'),
    angles: {
      sport: 'A dribble with the ball glued to the foot',
      site: TOWER,
      public: 'A full stand silent during play, exploding at a goal',
      disability: BLIND_FOOTBALL_DISABILITY,
    },
  },
  {
    id: M.paraAthletics0901,
    editionId,
    day: '2024-09-01',
    venueId: V.stadeDeFrance,
    sessionId: S.paraAthletics0901,
    title: 'Para athletics evening at the Stade de France',
    sport: 'Para athletics',
    why: {
      kind: 'iconic',
      text: 'A full Stade de France for para athletics, on the purple track of the Olympic finals.',
    },
    keyMomentAt: paris('2024-09-01', '20:30'),
    angles: {
      sport: 'A sprint final crossing the line',
      site: 'The purple track and the stadium roof at night',
      public: 'School groups and families filling the lower tier',
      disability: 'Running blades; the guide runner tethered at the wrist',
    },
  },
  {
    id: M.paraSwim0901,
    editionId,
    day: '2024-09-01',
    venueId: V.laDefenseArena,
    sessionId: S.paraSwim0901,
    title: 'Para swimming finals at La Défense Arena',
    sport: 'Para swimming',
    why: {
      kind: 'iconic',
      text: 'Para swimming finals in the arena of the Olympic swimming finals, 15,000 seats, the same noise.',
    },
    keyMomentAt: paris('2024-09-01', '18:30'),
    angles: {
      sport: 'The touch at the wall',
      site: 'The pool inside the covered stadium',
      public: 'The stand standing for a French final',
      disability: "The tapper's pole touching a blind swimmer before the turn",
    },
  },
  {
    id: M.blindFootballFinal,
    editionId,
    day: '2024-09-07',
    venueId: V.eiffelTowerStadium,
    sessionId: S.blindFootballFinal,
    title: 'Blind football final at the Eiffel Tower Stadium',
    sport: 'Blind football',
    why: {
      kind: 'iconic',
      text: 'A Paralympic final at the foot of the Eiffel Tower at night: silence during play, then the roar at every goal.',
    },
    keyMomentAt: paris('2024-09-07', '21:00'),
    angles: {
      sport: 'A shot on goal, the goalkeeper (sighted) diving',
      site: TOWER,
      public: 'The silent stand, hands raised instead of shouting',
      disability: BLIND_FOOTBALL_DISABILITY,
    },
  },
  {
    id: M.wheelchairTennisFinal,
    editionId,
    day: '2024-09-07',
    venueId: V.rolandGarros,
    sessionId: S.wheelchairTennisMenFinal,
    title: "Wheelchair tennis men's singles final on Court Philippe-Chatrier",
    sport: 'Wheelchair tennis',
    why: {
      kind: 'iconic',
      text: 'A Paralympic final on the most famous clay court in the world.',
    },
    keyMomentAt: paris('2024-09-07', '15:30'),
    angles: {
      sport: 'A forehand on the run after the second bounce',
      site: 'The red clay and the green walls of Chatrier',
      public: 'The Chatrier stands, the umpire calling for silence',
      disability: 'The wheelchair spinning on the clay, its tracks drawn in the red dust',
    },
  },
  {
    id: M.paraJudo,
    editionId,
    day: '2024-09-07',
    venueId: V.champDeMarsArena,
    sessionId: S.paraJudo0907,
    title: "Hélios Latchoumanaya, para judo men's -90 kg J2",
    sport: 'Para judo',
    why: {
      kind: 'athlete',
      athlete: 'Hélios Latchoumanaya',
      text: 'A French judoka with a visual impairment, a medal contender at home in the arena where Riner fought.',
    },
    keyMomentAt: paris('2024-09-07', '17:00'),
    angles: {
      sport: 'The throw and the ippon',
      site: 'The Champ-de-Mars Arena and its timber frame',
      public: 'The French stand chanting his name',
      disability: "The grip already taken before 'hajime': visually impaired judoka start holding each other",
    },
  },
  {
    id: M.paraAthletics0907,
    editionId,
    day: '2024-09-07',
    venueId: V.stadeDeFrance,
    sessionId: S.paraAthletics0907,
    title: 'The last evening of para athletics',
    sport: 'Para athletics',
    why: {
      kind: 'iconic',
      text: 'The last evening of athletics at the Stade de France in 2024: the stadium full for the final sprints.',
    },
    keyMomentAt: paris('2024-09-07', '20:00'),
    angles: {
      sport: 'Athletes in the blocks before a sprint final',
      site: 'The whole stadium lit, seen from the upper tier',
      public: 'A lap of honour in front of the stands',
      disability: 'Running blades set in the blocks: the blade explains the speed',
    },
  },
];
