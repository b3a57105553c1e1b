// The demo's Paralympic moments in French: the square's fourth side, disability, in French too.
import { MOMENT_IDS as M } from '../ids.ts';
import type { MomentText } from './moments.ts';

export const paralympicMomentsFr: Record<string, MomentText> = {
  [M.paraTriathlon]: {
    title: 'Alexis Hanquinquant, para triathlon PTS4',
    sport: 'Para triathlon',
    why: {
      text: 'Le champion de Tokyo en PTS4, français, court à domicile : une natation dans la Seine et une course à pied devant le Grand Palais.',
    },
    angles: {
      sport: 'La sortie de l’eau et la course vers le vélo',
      site: 'Le pont Alexandre-III, le Grand Palais et la Seine',
      public: 'Les quais bordés de supporters au petit matin',
      disability: 'La prothèse de jambe enfilée dans la transition : l’attribut qui porte la course',
    },
  },
  [M.blindFootballFrance]: {
    title: 'Cécifoot : France – Chine sous la tour Eiffel',
    sport: 'Cécifoot',
    why: {
      text: 'Les champions d’Europe jouent à domicile au pied de la tour Eiffel, de nuit ; 13 000 personnes doivent se taire pour que les joueurs entendent le ballon.',
    },
    angles: {
      sport: 'Un dribble, le ballon collé au pied',
      site: 'La tour Eiffel illuminée au-dessus de la tribune, qui scintille à chaque heure',
      public: 'Une tribune pleine silencieuse pendant le jeu, qui explose à chaque but',
      disability:
        'Les bandeaux sur les yeux, le ballon à grelots, le guide derrière le but qui annonce le tir',
    },
  },
  [M.paraAthletics0901]: {
    title: 'Soirée de para athlétisme au Stade de France',
    sport: 'Para athlétisme',
    why: {
      text: 'Un Stade de France plein pour le para athlétisme, sur la piste violette des finales olympiques.',
    },
    angles: {
      sport: 'Une finale de sprint qui franchit la ligne',
      site: 'La piste violette et le toit du stade la nuit',
      public: 'Des groupes scolaires et des familles qui remplissent le premier anneau',
      disability: 'Les lames de course ; le guide relié au poignet du coureur',
    },
  },
  [M.paraSwim0901]: {
    title: 'Finales de para natation à La Défense Arena',
    sport: 'Para natation',
    why: {
      text: 'Des finales de para natation dans l’aréna des finales olympiques de natation : 15 000 places, le même bruit.',
    },
    angles: {
      sport: 'La touche au mur',
      site: 'Le bassin dans le stade couvert',
      public: 'La tribune debout pour une finale française',
      disability: 'La perche du tapeur qui touche un nageur aveugle avant le virage',
    },
  },
  [M.blindFootballFinal]: {
    title: 'Finale de cécifoot au stade Tour Eiffel',
    sport: 'Cécifoot',
    why: {
      text: 'Une finale paralympique au pied de la tour Eiffel, de nuit : le silence pendant le jeu, puis la clameur à chaque but.',
    },
    angles: {
      sport: 'Une frappe au but, le gardien (voyant) qui plonge',
      site: 'La tour Eiffel illuminée au-dessus de la tribune, qui scintille à chaque heure',
      public: 'La tribune silencieuse, les mains levées au lieu de crier',
      disability:
        'Les bandeaux sur les yeux, le ballon à grelots, le guide derrière le but qui annonce le tir',
    },
  },
  [M.wheelchairTennisFinal]: {
    title: 'Tennis fauteuil : finale du simple messieurs sur le court Philippe-Chatrier',
    sport: 'Tennis fauteuil',
    why: {
      text: 'Une finale paralympique sur le court en terre battue le plus célèbre du monde.',
    },
    angles: {
      sport: 'Un coup droit en course après le second rebond',
      site: 'La terre battue rouge et les murs verts du Chatrier',
      public: 'Les tribunes du Chatrier, l’arbitre qui demande le silence',
      disability: 'Le fauteuil qui pivote sur la terre battue, ses traces dessinées dans la poussière rouge',
    },
  },
  [M.paraJudo]: {
    title: 'Hélios Latchoumanaya, para judo -90 kg J2',
    sport: 'Para judo',
    why: {
      text: 'Un judoka français déficient visuel, prétendant à une médaille à domicile dans l’aréna où Riner a combattu.',
    },
    angles: {
      sport: 'La projection et l’ippon',
      site: 'L’Arena Champ-de-Mars et sa charpente de bois',
      public: 'La tribune française qui scande son nom',
      disability:
        'La garde déjà prise avant le « hajime » : les judokas déficients visuels commencent en se tenant',
    },
  },
  [M.paraAthletics0907]: {
    title: 'La dernière soirée de para athlétisme',
    sport: 'Para athlétisme',
    why: {
      text: 'La dernière soirée d’athlétisme au Stade de France en 2024 : le stade plein pour les derniers sprints.',
    },
    angles: {
      sport: 'Les athlètes dans les blocs avant une finale de sprint',
      site: 'Tout le stade éclairé, vu du dernier anneau',
      public: 'Un tour d’honneur devant les tribunes',
      disability: 'Les lames de course calées dans les blocs : la lame explique la vitesse',
    },
  },
};
