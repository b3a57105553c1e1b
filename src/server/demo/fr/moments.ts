// The demo's Olympic moments in French: titles, sports, why it matters and the angles (ids and times unchanged).
import type { MutationArgs } from '../../../shared/mutations/index.ts';
import { MOMENT_IDS as M } from '../ids.ts';

export type MomentText = Pick<MutationArgs<'moment.create'>, 'title' | 'sport' | 'angles'> & {
  why: { text: string };
};

export const olympicMomentsFr: Record<string, MomentText> = {
  [M.marchand]: {
    title: 'Léon Marchand : le doublé 200 m papillon et 200 m brasse',
    sport: 'Natation',
    why: {
      text: 'Un Français dans deux finales olympiques à deux heures d’écart, devant son public : aucun nageur n’a tenté ce doublé aux Jeux. Les deux entrées seront assourdissantes.',
    },
    angles: {
      sport: 'Sa coulée après le virage, vue au-dessus de la ligne d’eau',
      site: 'Une piscine construite dans un stade de rugby : tout le chaudron couvert dans un seul cadre',
      public:
        '15 000 personnes en bleu, blanc, rouge debout pour l’entrée ; la deuxième Marseillaise de la soirée',
    },
  },
  [M.surfFinals]: {
    title: 'Finales de surf à Teahupo’o',
    sport: 'Surf',
    why: {
      text: 'Un surfeur tahitien en quête de médailles olympiques sur son propre récif, la vague la plus redoutée du monde, avec tout son village sur le rivage.',
    },
    angles: {
      sport: 'Dans le tube, la lèvre jetée par-dessus le surfeur',
      site: 'Le récif, les montagnes vertes de la presqu’île de Taiarapu et la tour des juges',
      public:
        'Les bateaux dans la passe et le rivage : drapeaux polynésiens, conques soufflées après chaque vague',
    },
  },
  [M.triathlonSeine]: {
    title: 'Triathlon femmes : la natation dans la Seine',
    sport: 'Triathlon',
    why: {
      text: 'La première course olympique nagée dans la Seine depuis cent ans, sous les statues dorées du pont Alexandre-III.',
    },
    angles: {
      sport: 'Le plongeon depuis le ponton et le peloton qui nage à contre-courant',
      site: 'Le pont Alexandre-III et ses Pégase dorés, la verrière du Grand Palais, la tour Eiffel en aval',
      public: 'Les Parisiens penchés sur les quais et les parapets à huit heures du matin',
    },
  },
  [M.bmxPark]: {
    title: 'Finales de BMX freestyle park à la Concorde',
    sport: 'BMX freestyle',
    why: {
      text: 'Les sports urbains au milieu de la place de la Concorde : des riders en l’air avec l’obélisque derrière les rampes.',
    },
    angles: {
      sport: 'Un rider la tête en bas au sommet du quarter',
      site: 'L’obélisque et l’axe des Champs-Élysées derrière la rampe',
      public: 'Un public jeune dans les tribunes du parc urbain, téléphones levés',
    },
  },
  [M.riner]: {
    title: 'Teddy Riner, finale des +100 kg',
    sport: 'Judo',
    why: {
      text: 'Il vise un troisième titre olympique individuel, à domicile : aucun poids lourd n’en a jamais gagné trois. L’aréna scandera son nom dès son premier combat.',
    },
    angles: {
      sport: 'La bataille de garde et la projection, vues au-dessus du tatami',
      site: 'L’aréna de bois du Champ-de-Mars, la tour Eiffel à quelques centaines de mètres',
      public: 'La tribune « Teddy ! Teddy ! » : drapeaux, sa famille, toute l’aréna debout',
    },
  },
  [M.windsurfMarseille]: {
    title: 'Planche à voile : la medal series à Marseille',
    sport: 'Voile',
    why: {
      text: 'La voile olympique à Marseille : des planches qui volent à un mètre au-dessus de la Méditerranée, sous Notre-Dame de la Garde.',
    },
    angles: {
      sport: 'Les planches sur leurs foils, les voiles pompées au départ',
      site: 'Notre-Dame de la Garde et la côte de calcaire blanc derrière la zone de course',
      public: 'La foule le long de la Corniche et sur la digue du port',
    },
  },
  [M.beachVolleyNight]: {
    title: 'Beach-volley de nuit sous la tour Eiffel',
    sport: 'Beach-volley',
    why: {
      text: 'Le stade le plus parisien des Jeux : du sable au pied de la tour, qui scintille à chaque heure après la nuit tombée.',
    },
    angles: {
      sport: 'Un plongeon dans le sable sous les projecteurs',
      site: 'La tour qui scintille en haut du cadre',
      public: 'Une tribune qui danse, le DJ, la ola qui fait le tour du terrain',
    },
  },
  [M.men10000]: {
    title: '10 000 m hommes : la première finale sur piste',
    sport: 'Athlétisme',
    why: {
      text: 'La première finale sur piste des Jeux : le Stade de France plein, les premières médailles sur la piste violette.',
    },
    angles: {
      sport: 'La cloche du dernier tour, le peloton étiré',
      site: 'La piste violette sous le toit ovale du Stade de France',
      public: '80 000 personnes, le bruit qui monte tour après tour',
    },
  },
  [M.roadRaceLepic]: {
    title: 'Course en ligne hommes dans la montée de la rue Lepic',
    sport: 'Cyclisme sur route',
    why: {
      text: 'La course en ligne grimpe trois fois les pavés de la butte Montmartre, entre terrasses de café et foule : le Paris des peintres, comme un tableau impressionniste.',
    },
    angles: {
      sport: 'Le peloton étiré sur les pavés, les coureurs en danseuse',
      site: 'Les façades et les terrasses de la rue Lepic, le Sacré-Cœur au-dessus des toits',
      public: 'La foule sur dix rangs sur les trottoirs, penchée pour crier',
    },
  },
  [M.judoMixedTeam]: {
    title: 'Finale du judo par équipes mixtes',
    sport: 'Judo',
    why: {
      text: 'La France défend le titre par équipes mixtes gagné à Tokyo, toute l’équipe au bord du tatami.',
    },
    angles: {
      sport: 'Un combat sur le tatami, l’équipe accroupie à son bord',
      site: 'L’Arena Champ-de-Mars, sa charpente de bois éclairée pour la finale',
      public: 'Le banc et les tribunes debout d’un seul bloc',
    },
  },
  [M.bilesVault]: {
    title: 'Simone Biles, finale du saut de cheval',
    sport: 'Gymnastique artistique',
    why: {
      text: 'La plus grande gymnaste de son époque, de retour aux Jeux après Tokyo, sur l’agrès où elle exécute des sauts qui portent son nom.',
    },
    angles: {
      sport: 'La hauteur du second envol du saut',
      site: 'Les lumières du podium de Bercy Arena et l’habillage Paris 2024',
      public: 'La tribune qui se lève quand elle salue les juges',
    },
  },
  [M.women100]: {
    title: 'Finale du 100 m femmes',
    sport: 'Athlétisme',
    why: {
      text: 'La femme la plus rapide du monde désignée en onze secondes, dans la lumière nocturne d’un Stade de France plein.',
    },
    angles: {
      sport: 'Huit femmes qui sortent des blocs',
      site: 'La ligne droite violette et le toit du stade la nuit',
      public: 'Les lumières des téléphones dans les tribunes pendant la présentation',
    },
  },
  [M.men100]: {
    title: 'Finale du 100 m hommes',
    sport: 'Athlétisme',
    why: {
      text: 'L’épreuve reine des Jeux : l’homme le plus rapide du monde désigné à 21 h 50, 80 000 personnes silencieuses avant le coup de pistolet.',
    },
    angles: {
      sport: 'La ligne d’arrivée, les corps penchés',
      site: 'Tout le stade dans un seul cadre : piste, toit, lumières',
      public: 'Le silence avant le départ, puis la clameur',
    },
  },
  [M.womenRoadRace]: {
    title: 'Course en ligne femmes dans la montée de la rue Lepic',
    sport: 'Cyclisme sur route',
    why: {
      text: 'Les femmes sur le même circuit de Montmartre le lendemain des hommes : c’est dans la dernière montée qu’une attaque peut faire gagner la course.',
    },
    angles: {
      sport: 'Une attaque sur la partie la plus raide des pavés',
      site: 'Les façades et les terrasses de la rue Lepic, le Sacré-Cœur au-dessus des toits',
      public: 'Des noms peints sur la route, la foule qui court à côté des coureuses',
    },
  },
  [M.golfFinalRound]: {
    title: 'Golf : dernier tour hommes',
    sport: 'Golf',
    why: {
      text: 'Le dernier tour sur le parcours de la Ryder Cup 2018 : le green du 18 au-dessus de l’eau et son amphithéâtre de tribunes.',
    },
    angles: {
      sport: 'L’approche par-dessus l’eau vers le green du 18',
      site: 'L’amphithéâtre du 18 et son lac',
      public: 'Les tribunes autour du dernier green, le dernier putt',
    },
  },
  [M.dressageVersailles]: {
    title: 'Dressage libre en musique devant le château de Versailles',
    sport: 'Sports équestres',
    why: {
      text: 'Des chevaux qui dansent en musique dans les jardins du château de Louis XIV : l’histoire de France et ses Jeux dans un seul cadre.',
    },
    angles: {
      sport: 'Un piaffer ou une pirouette, le cavalier parfaitement immobile',
      site: 'Le château et les jardins derrière la carrière',
      public: 'Les tribunes de la carrière côté Grand Canal',
    },
  },
  [M.duplantis]: {
    title: 'Armand Duplantis, finale du saut à la perche',
    sport: 'Athlétisme',
    why: {
      text: 'Le recordman du monde améliore son propre record centimètre par centimètre. Une fois le titre acquis, il demande une barre au record du monde, et tout le stade s’arrête pour lui.',
    },
    angles: {
      sport: 'Le corps renversé au-dessus de la barre',
      site: 'La barre devant les lumières du stade et le ciel de nuit',
      public: 'Les applaudissements rythmés qu’il réclame sur la piste d’élan',
    },
  },
  [M.bilesFloor]: {
    title: 'Simone Biles, finale du sol',
    sport: 'Gymnastique artistique',
    why: {
      text: 'Sa dernière finale des Jeux, au sol, où elle exécute les acrobaties les plus difficiles de son sport.',
    },
    angles: {
      sport: 'En l’air au milieu d’une diagonale',
      site: 'Le praticable éclairé dans l’aréna, les anneaux olympiques',
      public: 'Le public qui frappe dans ses mains sur sa musique',
    },
  },
  [M.cauldron]: {
    title: 'La vasque-ballon s’élève au coucher du soleil',
    sport: 'Fête des Jeux',
    why: {
      text: 'La vasque est un ballon : chaque soir, elle s’élève au-dessus des Tuileries au coucher du soleil, sur l’axe historique du Louvre à l’Arc de Triomphe. Connu à la minute près.',
    },
    angles: {
      sport: 'La flamme : l’anneau de feu sous le ballon',
      site: 'Le Louvre, les Tuileries et l’axe jusqu’à l’Arc de Triomphe',
      public: 'La foule réunie sur les pelouses du jardin, le nez en l’air',
    },
  },
  [M.footballSemiLyon]: {
    title: 'Demi-finale du tournoi de football hommes à Lyon',
    sport: 'Football',
    why: {
      text: 'Une demi-finale olympique dans un stade de Lyon plein : les Jeux au-delà de Paris, avec les supporters de deux nations.',
    },
    angles: {
      sport: 'Le coup d’envoi, les deux équipes dans le rond central',
      site: 'Le stade de Lyon plein, les anneaux olympiques sur l’écran géant',
      public: 'Les supporters derrière le but, écharpes levées pour les hymnes',
    },
  },
};
