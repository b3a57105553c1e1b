// Olympic plan, 31 July and 2 August: Marchand's double, Teahupo'o, the Seine, Riner, Marseille.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { EDITION_IDS, MOMENT_IDS as M, SESSION_IDS as S, VENUE_IDS as V } from './ids.ts';
import { paris, tahiti } from './time.ts';

type MomentArgs = MutationArgs<'moment.create'>;
const editionId = EDITION_IDS.olympic;

/** In creation order: the order is the day's rank (1 = first priority). */
export const olympicMomentsA: MomentArgs[] = [
  {
    id: M.marchand,
    editionId,
    day: '2024-07-31',
    venueId: V.laDefenseArena,
    sessionId: S.swim0731,
    title: 'Léon Marchand: the 200 m butterfly and 200 m breaststroke double',
    sport: 'Swimming',
    why: {
      kind: 'athlete',
      athlete: 'Léon Marchand',
      text: 'A Frenchman in two Olympic finals about two hours apart, in front of a home crowd: no swimmer has attempted this double at the Games. Both walk-outs will be deafening.',
    },
    keyMomentAt: paris('2024-07-31', '20:37'),
    angles: {
      sport: 'His underwater phase after the turn, seen from above the lane',
      site: 'A pool built inside a rugby stadium: the whole covered bowl in one frame',
      public: '15,000 in blue, white and red standing for the walk-out; the second Marseillaise of the night',
    },
  },
  {
    id: M.surfFinals,
    editionId,
    // 15:34 in Tahiti on 30 July is 03:34 in Paris on 31 July: the plan's day is the Paris day.
    day: '2024-07-31',
    venueId: V.teahupoo,
    sessionId: S.surfMedals,
    title: "Surfing finals at Teahupo'o",
    sport: 'Surfing',
    why: {
      kind: 'athlete',
      athlete: 'Kauli Vaast',
      text: 'A Tahitian surfer competing for Olympic medals on his home reef, the most feared wave in the world, with his whole village on the shore.',
    },
    keyMomentAt: tahiti('2024-07-30', '15:34'),
    angles: {
      sport: 'Inside the barrel, the lip thrown over the surfer',
      site: "The reef, the green mountains of the Taiarapu peninsula and the judges' tower",
      public: 'The boats in the channel and the shore: Polynesian flags, conch shells blown after each wave',
    },
  },
  {
    id: M.triathlonSeine,
    editionId,
    day: '2024-07-31',
    venueId: V.pontAlexandreIII,
    sessionId: S.triathlonWomen,
    title: "Women's triathlon: swimming in the Seine",
    sport: 'Triathlon',
    why: {
      kind: 'iconic',
      text: 'The first Olympic race swum in the Seine in a hundred years, under the gilded statues of Pont Alexandre III.',
    },
    keyMomentAt: paris('2024-07-31', '08:05'),
    angles: {
      sport: 'The dive from the pontoon and the pack swimming upstream',
      site: 'Pont Alexandre III and its gilded Pegasus, the glass roof of the Grand Palais, the Eiffel Tower downstream',
      public: 'Parisians leaning over the quays and the parapets at eight in the morning',
    },
  },
  {
    id: M.bmxPark,
    editionId,
    day: '2024-07-31',
    venueId: V.concorde,
    sessionId: S.bmxParkFinals,
    title: 'BMX freestyle park finals at Concorde',
    sport: 'Cycling BMX freestyle',
    why: {
      kind: 'iconic',
      text: 'Urban sports in the middle of Place de la Concorde: riders in the air with the obelisk behind the ramps.',
    },
    keyMomentAt: paris('2024-07-31', '14:30'),
    angles: {
      sport: 'A rider upside down at the top of the quarter-pipe',
      site: 'The obelisk and the Champs-Élysées axis behind the ramp',
      public: 'A young crowd in the urban park stands, phones up',
    },
  },
  {
    id: M.riner,
    editionId,
    day: '2024-08-02',
    venueId: V.champDeMarsArena,
    sessionId: S.judo0802,
    title: "Teddy Riner, men's +100 kg final",
    sport: 'Judo',
    why: {
      kind: 'athlete',
      athlete: 'Teddy Riner',
      text: 'Going for a third individual Olympic title, at home: no heavyweight has ever won three. The arena will chant his name from his first contest.',
    },
    keyMomentAt: paris('2024-08-02', '17:50'),
    angles: {
      sport: 'The grip fight and the throw, from above the tatami',
      site: 'The timber arena on the Champ-de-Mars, the Eiffel Tower a few hundred metres away',
      public: 'The "Teddy! Teddy!" stand: flags, his family, the whole arena on its feet',
    },
  },
  {
    id: M.windsurfMarseille,
    editionId,
    day: '2024-08-02',
    venueId: V.marseilleMarina,
    sessionId: S.windsurfMedals,
    title: 'Windsurfing medal series in Marseille',
    sport: 'Sailing',
    why: {
      kind: 'iconic',
      text: 'Olympic sailing in Marseille: boards flying a metre above the Mediterranean under Notre-Dame de la Garde.',
    },
    keyMomentAt: paris('2024-08-02', '15:00'),
    angles: {
      sport: 'Boards up on their foils, sails pumped at the start',
      site: 'Notre-Dame de la Garde and the white limestone coast behind the race area',
      public: 'The crowd along the Corniche and on the sea wall of the marina',
    },
  },
  {
    id: M.beachVolleyNight,
    editionId,
    day: '2024-08-02',
    venueId: V.eiffelTowerStadium,
    sessionId: S.beachVolleyNight0802,
    title: 'Beach volleyball at night under the Eiffel Tower',
    sport: 'Beach volleyball',
    why: {
      kind: 'iconic',
      text: 'The most Parisian stadium of the Games: sand at the foot of the tower, which sparkles on the hour after dark.',
    },
    keyMomentAt: paris('2024-08-02', '22:00'),
    angles: {
      sport: 'A dive in the sand under the floodlights',
      site: 'The sparkling tower filling the top of the frame',
      public: 'A dancing stand, the DJ, the wave going round the court',
    },
  },
  {
    id: M.men10000,
    editionId,
    day: '2024-08-02',
    venueId: V.stadeDeFrance,
    sessionId: S.athletics0802,
    title: "Men's 10,000 m: the first track final",
    sport: 'Athletics',
    why: {
      kind: 'iconic',
      text: 'The first track final of the Games: the Stade de France full, the first medals on the purple track.',
    },
    keyMomentAt: paris('2024-08-02', '21:20'),
    angles: {
      sport: 'The bell for the last lap, the pack strung out',
      site: 'The purple track under the oval roof of the Stade de France',
      public: '80,000 people, the noise rising lap after lap',
    },
  },
];
