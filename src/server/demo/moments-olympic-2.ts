// Olympic plan, 3 and 4 August: rue Lepic twice, Biles on vault, the two 100 m finals, Versailles.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { EDITION_IDS, MOMENT_IDS as M, SESSION_IDS as S, VENUE_IDS as V } from './ids.ts';
import { paris } from './time.ts';

type MomentArgs = MutationArgs<'moment.create'>;
const editionId = EDITION_IDS.olympic;

const MONTMARTRE_SITE = "Rue Lepic's façades and café terraces, the Sacré-Cœur above the rooftops";

/** In creation order: the order is the day's rank (1 = first priority). */
export const olympicMomentsB: MomentArgs[] = [
  {
    id: M.roadRaceLepic,
    editionId,
    day: '2024-08-03',
    venueId: V.montmartre,
    sessionId: S.menRoadRace,
    title: "Men's road race climbing rue Lepic",
    sport: 'Cycling road',
    why: {
      kind: 'iconic',
      text: 'The road race climbs the cobbles of the Butte Montmartre three times, between café terraces and the crowd: the Paris of the painters, like an impressionist painting.',
    },
    keyMomentAt: paris('2024-08-03', '16:55'),
    angles: {
      sport: 'The peloton stretched out on the cobbles, riders out of the saddle',
      site: MONTMARTRE_SITE,
      public: 'The crowd ten deep on the pavements, leaning in to shout',
    },
  },
  {
    id: M.judoMixedTeam,
    editionId,
    day: '2024-08-03',
    venueId: V.champDeMarsArena,
    sessionId: S.judoMixedTeam,
    title: 'Judo mixed team final',
    sport: 'Judo',
    why: {
      kind: 'iconic',
      text: 'France defends the mixed team title won in Tokyo, the whole team at the edge of the tatami.',
    },
    keyMomentAt: paris('2024-08-03', '18:00'),
    angles: {
      sport: 'One contest on the tatami, the team crouched at its edge',
      site: 'The Champ-de-Mars Arena, its timber frame lit for the final',
      public: 'The bench and the stands standing as one',
    },
  },
  {
    id: M.bilesVault,
    editionId,
    day: '2024-08-03',
    venueId: V.bercyArena,
    sessionId: S.gymApparatus0803,
    title: "Simone Biles, women's vault final",
    sport: 'Artistic gymnastics',
    why: {
      kind: 'athlete',
      athlete: 'Simone Biles',
      text: 'The greatest gymnast of her time, back at the Games after Tokyo, on the apparatus where she performs vaults named after her.',
    },
    keyMomentAt: paris('2024-08-03', '16:20'),
    angles: {
      sport: 'The height of the second flight of the vault',
      site: 'The podium lights of Bercy Arena and the Paris 2024 look',
      public: 'The stand rising as she salutes the judges',
    },
  },
  {
    id: M.women100,
    editionId,
    day: '2024-08-03',
    venueId: V.stadeDeFrance,
    sessionId: S.athletics0803,
    title: "Women's 100 m final",
    sport: 'Athletics',
    why: {
      kind: 'iconic',
      text: 'The fastest woman in the world decided in eleven seconds, in the night light of a full Stade de France.',
    },
    keyMomentAt: paris('2024-08-03', '21:20'),
    angles: {
      sport: 'Eight women leaving the blocks',
      site: 'The purple straight and the stadium roof at night',
      public: 'Phone lights in the stands during the introductions',
    },
  },
  {
    id: M.men100,
    editionId,
    day: '2024-08-04',
    venueId: V.stadeDeFrance,
    sessionId: S.athletics0804,
    title: "Men's 100 m final",
    sport: 'Athletics',
    why: {
      kind: 'iconic',
      text: 'The blue-riband event of the Games: the fastest man in the world decided at 21:50, 80,000 people silent before the gun.',
    },
    keyMomentAt: paris('2024-08-04', '21:50'),
    angles: {
      sport: 'The line at the finish, bodies leaning',
      site: 'The whole stadium in one frame: track, roof, lights',
      public: 'The silence before the gun, then the roar',
    },
  },
  {
    id: M.womenRoadRace,
    editionId,
    day: '2024-08-04',
    venueId: V.montmartre,
    sessionId: S.womenRoadRace,
    title: "Women's road race climbing rue Lepic",
    sport: 'Cycling road',
    why: {
      kind: 'iconic',
      text: 'The women on the same Montmartre circuit the day after the men: the last climb is where an attack can win the race.',
    },
    keyMomentAt: paris('2024-08-04', '17:25'),
    angles: {
      sport: 'An attack on the steepest part of the cobbles',
      site: MONTMARTRE_SITE,
      public: 'Painted names on the road, the crowd running beside the riders',
    },
  },
  {
    id: M.golfFinalRound,
    editionId,
    day: '2024-08-04',
    venueId: V.golfNational,
    sessionId: S.golfMenFinalRound,
    title: "Golf: men's final round",
    sport: 'Golf',
    why: {
      kind: 'iconic',
      text: 'The last round on the course of the 2018 Ryder Cup: the 18th green above the water and its amphitheatre of stands.',
    },
    keyMomentAt: paris('2024-08-04', '15:00'),
    angles: {
      sport: 'The approach shot over the water to the 18th green',
      site: 'The amphitheatre of the 18th and its lake',
      public: 'The stands around the last green, the final putt',
    },
  },
  {
    id: M.dressageVersailles,
    editionId,
    day: '2024-08-04',
    venueId: V.versailles,
    sessionId: S.dressageFreestyle,
    title: 'Dressage freestyle in front of the Château de Versailles',
    sport: 'Equestrian',
    why: {
      kind: 'iconic',
      text: "Horses dancing to music in the gardens of Louis XIV's château: France's history and its Games in one frame.",
    },
    keyMomentAt: paris('2024-08-04', '14:00'),
    angles: {
      sport: 'A piaffe or a pirouette, the rider perfectly still',
      site: 'The château and the gardens behind the arena',
      public: 'The arena stands on the Grand Canal side',
    },
  },
];
