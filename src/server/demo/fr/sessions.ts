// The demo's schedule in French: sports, events and notes of each session (times and venues unchanged).
import { SESSION_IDS as S } from '../ids.ts';

type SessionText = { sport: string; event: string; notes: string };

const APPROX = 'Horaires approximatifs.';
const SEINE =
  'N’a lieu que si le test de qualité de l’eau de la Seine à l’aube est bon ; le jour de réserve est le lendemain.';
const WAVE =
  'Provisoire : jour 4 de la fenêtre de vagues de 10 jours (27 juillet – 5 août) ; n’a lieu que si le « call » est positif la veille au soir.';

export const sessionsFr: Record<string, SessionText> = {
  [S.openingCeremony]: {
    sport: 'Cérémonies',
    event: 'Cérémonie d’ouverture sur la Seine (parade des bateaux d’Austerlitz au Trocadéro)',
    notes:
      'Détails confidentiels jusqu’au jour J : à partager uniquement avec les créateurs postés sur le parcours.',
  },
  [S.timeTrials]: {
    sport: 'Cyclisme sur route',
    event: 'Contre-la-montre individuels femmes et hommes (Invalides → pont Alexandre-III)',
    notes: 'Même parcours de 32,4 km ; les hommes partent environ deux heures après les femmes.',
  },
  [S.rugbySevensMenFinal]: {
    sport: 'Rugby à 7',
    event: 'Hommes : matchs de classement, match pour le bronze et finale',
    notes: 'Horaires approximatifs ; la finale clôt la session.',
  },
  [S.swim0727]: { sport: 'Natation', event: 'Session des finales', notes: '' },
  [S.swim0728]: { sport: 'Natation', event: 'Session des finales : 400 m 4 nages hommes', notes: '' },
  [S.skateWomenStreet]: { sport: 'Skateboard', event: 'Finale street femmes', notes: APPROX },
  [S.skateMenStreet]: { sport: 'Skateboard', event: 'Finale street hommes', notes: APPROX },
  [S.gymMenTeam]: { sport: 'Gymnastique artistique', event: 'Finale par équipes hommes', notes: '' },
  [S.eventingJumping]: {
    sport: 'Sports équestres',
    event: 'Concours complet, saut d’obstacles : finales par équipes et individuelle',
    notes: APPROX,
  },
  [S.triathlonMen]: {
    sport: 'Triathlon',
    event: 'Individuel hommes (1,5 km de natation dans la Seine)',
    notes: SEINE,
  },
  [S.gymWomenTeam]: { sport: 'Gymnastique artistique', event: 'Finale par équipes femmes', notes: '' },
  [S.fencingWomenEpeeTeam]: {
    sport: 'Escrime',
    event: 'Épée par équipes femmes : matchs pour les médailles',
    notes: APPROX,
  },
  [S.surfQuarterFinals]: { sport: 'Surf', event: 'Quarts de finale hommes et femmes', notes: WAVE },
  [S.surfMedals]: {
    sport: 'Surf',
    event: 'Demi-finales, matchs pour le bronze et finales',
    notes: `${WAVE} À Paris, c’est la nuit du 30 au 31 juillet (23 h 48 – 5 h 15).`,
  },
  [S.triathlonWomen]: {
    sport: 'Triathlon',
    event: 'Individuel femmes (1,5 km de natation dans la Seine)',
    notes: SEINE,
  },
  [S.bmxParkFinals]: { sport: 'BMX freestyle', event: 'Finales park femmes et hommes', notes: APPROX },
  [S.swim0731]: {
    sport: 'Natation',
    event: 'Session des finales : 200 m papillon et 200 m brasse hommes',
    notes: 'Les deux finales sont à environ deux heures d’écart (vers 20 h 37 et 22 h 31).',
  },
  [S.raceWalks]: { sport: 'Athlétisme', event: '20 km marche hommes et femmes', notes: '' },
  [S.gymWomenAllAround]: {
    sport: 'Gymnastique artistique',
    event: 'Finale du concours général individuel femmes',
    notes: '',
  },
  [S.jumpingTeam]: {
    sport: 'Sports équestres',
    event: 'Saut d’obstacles : finale par équipes',
    notes: APPROX,
  },
  [S.judo0802]: {
    sport: 'Judo',
    event: '+78 kg femmes et +100 kg hommes : repêchages, demi-finales, bronze et finales',
    notes: 'Bloc final ; la finale des +100 kg hommes le clôt (vers 17 h 50).',
  },
  [S.windsurfMedals]: {
    sport: 'Voile',
    event: 'Planche à voile (iQFOiL) hommes et femmes : medal series',
    notes: 'Approximatif : le comité de course confirme le départ, si le vent le permet.',
  },
  [S.beachVolleyNight0802]: {
    sport: 'Beach-volley',
    event: 'Session du soir : matchs hommes et femmes',
    notes: 'Horaires approximatifs. Après la nuit tombée, la tour scintille cinq minutes à chaque heure.',
  },
  [S.athletics0802]: {
    sport: 'Athlétisme',
    event: 'Session du soir : finale du 10 000 m hommes',
    notes: 'La première finale sur piste des Jeux, vers 21 h 20 (approximatif).',
  },
  [S.swim0802]: { sport: 'Natation', event: 'Session des finales : 200 m 4 nages hommes', notes: '' },
  [S.menRoadRace]: {
    sport: 'Cyclisme sur route',
    event: 'Course en ligne hommes (273 km, du Trocadéro au Trocadéro)',
    notes:
      'Le circuit final de 18,4 km grimpe trois fois la butte Montmartre (rue Lepic) ; horaires approximatifs.',
  },
  [S.gymApparatus0803]: {
    sport: 'Gymnastique artistique',
    event: 'Finales par agrès : sol hommes, saut de cheval femmes, cheval d’arçons hommes',
    notes: 'Finale du saut de cheval femmes vers 16 h 20 (approximatif).',
  },
  [S.judoMixedTeam]: {
    sport: 'Judo',
    event: 'Équipes mixtes : repêchages, combats pour le bronze et finale',
    notes: APPROX,
  },
  [S.athletics0803]: {
    sport: 'Athlétisme',
    event: 'Session du soir : finale du 100 m femmes',
    notes: 'Finale du 100 m femmes vers 21 h 20 (approximatif).',
  },
  [S.rowing0803]: { sport: 'Aviron', event: 'Finales A : skiff et huit', notes: APPROX },
  [S.athletics0804]: {
    sport: 'Athlétisme',
    event: 'Session du soir : finale du 100 m hommes',
    notes:
      'Séries du 400 m 19 h 05, finale du saut en hauteur 19 h 50, demi-finales du 100 m 20 h, finale du 100 m hommes 21 h 50.',
  },
  [S.womenRoadRace]: {
    sport: 'Cyclisme sur route',
    event: 'Course en ligne femmes (158 km, du Trocadéro au Trocadéro)',
    notes: 'Même circuit final que les hommes, trois montées de la rue Lepic ; horaires approximatifs.',
  },
  [S.golfMenFinalRound]: {
    sport: 'Golf',
    event: 'Stroke play individuel hommes, 4e tour',
    notes: 'Approximatif : les leaders partent en dernier, vers 11 h.',
  },
  [S.dressageFreestyle]: {
    sport: 'Sports équestres',
    event: 'Dressage : Grand Prix Freestyle individuel',
    notes: APPROX,
  },
  [S.athletics0805]: {
    sport: 'Athlétisme',
    event: 'Session du soir : finale du saut à la perche hommes',
    notes:
      'Perche à partir de 19 h ; les tentatives de record, s’il y en a, viennent en dernier, après 21 h 30 (approximatif).',
  },
  [S.gymApparatus0805]: {
    sport: 'Gymnastique artistique',
    event: 'Finales par agrès : barres parallèles et barre fixe hommes, poutre et sol femmes',
    notes: 'Finale du sol femmes vers 15 h 30 (approximatif).',
  },
  [S.footballSemiMarseille]: { sport: 'Football', event: 'Demi-finale hommes', notes: '' },
  [S.footballSemiLyon]: { sport: 'Football', event: 'Demi-finale hommes', notes: '' },
  [S.cauldron0805]: {
    sport: 'Fête des Jeux',
    event: 'La vasque-ballon s’élève au coucher du soleil',
    notes:
      'Pas une compétition : chaque soir, le ballon s’élève au-dessus des Tuileries au coucher du soleil (vers 21 h 25 le 5 août).',
  },
  [S.footballMenFinal]: { sport: 'Football', event: 'Finale hommes', notes: '' },
  [S.closingCeremony]: { sport: 'Cérémonies', event: 'Cérémonie de clôture', notes: '' },
  [S.paraOpeningCeremony]: {
    sport: 'Cérémonies',
    event: 'Cérémonie d’ouverture (défilé sur les Champs-Élysées jusqu’à la Concorde)',
    notes: '',
  },
  [S.paraTriathlon]: {
    sport: 'Para triathlon',
    event: 'Courses hommes et femmes PTS2–PTS5 et PTVI',
    notes:
      'N’a lieu que si le test de qualité de l’eau de la Seine à l’aube est bon ; jour de réserve le 2 septembre. Heures de départ approximatives.',
  },
  [S.blindFootballOpener]: {
    sport: 'Cécifoot',
    event: 'Match de poule : Japon – Colombie (le premier match du tournoi)',
    notes: APPROX,
  },
  [S.blindFootballFrance]: { sport: 'Cécifoot', event: 'Match de poule : France – Chine', notes: APPROX },
  [S.paraAthletics0901]: { sport: 'Para athlétisme', event: 'Session du soir (finales)', notes: APPROX },
  [S.paraSwim0901]: { sport: 'Para natation', event: 'Session des finales', notes: APPROX },
  [S.wheelchairTennis0901]: {
    sport: 'Tennis fauteuil',
    event: 'Simples et doubles, premiers tours',
    notes: '',
  },
  [S.wheelchairRugbyFinal]: {
    sport: 'Rugby fauteuil',
    event: 'Match pour le bronze et finale',
    notes: APPROX,
  },
  [S.blindFootballFinal]: { sport: 'Cécifoot', event: 'Finale', notes: APPROX },
  [S.wheelchairTennisMenFinal]: {
    sport: 'Tennis fauteuil',
    event: 'Simple messieurs : match pour le bronze et finale',
    notes:
      'Début du jeu à 13 h 30 le dernier jour ; la finale a lieu sur le court Philippe-Chatrier (approximatif).',
  },
  [S.paraJudo0907]: { sport: 'Para judo', event: 'Bloc final, dont les -90 kg J2 hommes', notes: APPROX },
  [S.paraAthletics0907]: {
    sport: 'Para athlétisme',
    event: 'Session du soir (finales), la dernière du stade',
    notes: APPROX,
  },
  [S.wheelchairBasketball0907]: {
    sport: 'Basket fauteuil',
    event: 'Matchs pour les médailles',
    notes: APPROX,
  },
  [S.paraDressage0907]: { sport: 'Para équitation', event: 'Épreuves individuelles libres', notes: APPROX },
  [S.paraSwim0907]: { sport: 'Para natation', event: 'Dernière session des finales', notes: APPROX },
  [S.paraClosingCeremony]: { sport: 'Cérémonies', event: 'Cérémonie de clôture', notes: '' },
};
