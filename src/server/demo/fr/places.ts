// The demo's signature images and spots in French: titles, briefs, partners, where to stand (ids and positions unchanged).
import { SIGNATURE_IDS as G, SPOT_IDS as P } from '../ids-spots.ts';

export const signaturesFr: Record<string, { title: string; description: string; partner?: string }> = {
  [G.lepicImpressionist]: {
    title: 'Le peloton dans la montée de la rue Lepic, depuis un balcon',
    description:
      'Vu d’en haut, le peloton serré entre les terrasses et la foule, comme un tableau impressionniste.',
  },
  [G.cauldronFromLouvre]: {
    title: 'La vasque qui s’élève, vue du toit du Louvre',
    description:
      'Le ballon qui quitte le sol au coucher du soleil, les Tuileries et la foule en bas, l’axe jusqu’à l’Arc de Triomphe derrière.',
    partner: 'Musée du Louvre',
  },
  [G.cauldronHistoricAxis]: {
    title: 'La vasque sur l’axe historique',
    description:
      'Depuis l’Arc de Triomphe, les Champs-Élysées, l’obélisque et le ballon alignés sur un seul axe à la tombée du jour.',
  },
  [G.seineSwim]: {
    title: 'La nage dans la Seine sous le pont Alexandre-III',
    description:
      'Au ras de l’eau depuis le bateau de la brigade fluviale : les bras des nageuses, les statues dorées du pont derrière.',
    partner: 'Brigade fluviale',
  },
  [G.teahupooBarrel]: {
    title: 'Dans le tube de Teahupo’o',
    description: 'Un finaliste au fond du tube, le récif visible sous l’eau, les montagnes derrière.',
  },
  [G.marchandAnthem]: {
    title: 'L’aréna debout pour Marchand',
    description: 'Toute l’aréna debout quand il entre pour sa deuxième finale de la soirée.',
  },
  [G.rinerTatami]: {
    title: 'Riner sur le tatami, l’aréna derrière lui',
    description: 'La finale des lourds avec la tribune tricolore derrière le tatami.',
  },
  [G.men100Silence]: {
    title: 'Le silence avant le départ du 100 m',
    description:
      'Plan large depuis le dernier anneau : huit sprinteurs à leurs marques, 80 000 personnes qui retiennent leur souffle.',
  },
  [G.duplantisBar]: {
    title: 'Duplantis au-dessus de la barre, à la hauteur d’un record du monde',
    description: 'La tête en bas au-dessus de la barre, les lumières du stade derrière, les tribunes debout.',
  },
  [G.bilesFloor]: {
    title: 'Biles en plein vol au sol',
    description:
      'Une diagonale acrobatique qui arrive droit sur l’objectif, le public qui applaudit derrière.',
  },
  [G.marseilleFoils]: {
    title: 'Les foils sous Notre-Dame de la Garde',
    description:
      'Des planches qui volent au-dessus de l’eau, la basilique sur sa colline au-dessus de la ville.',
  },
  [G.beachSparkle]: {
    title: 'Le beach-volley sous la tour qui scintille',
    description: 'À 22 h, la tour scintille au-dessus d’un point en jeu et d’une tribune qui danse.',
  },
  [G.blindFootballGuide]: {
    title: 'Le guide derrière le but',
    description:
      'Le guide qui appelle, l’attaquant aux yeux bandés qui frappe, la tour illuminée au-dessus de la tribune.',
  },
  [G.blindFootballTower]: {
    title: 'Un stade silencieux au pied de la tour',
    description: 'Tout le stade silencieux pendant le jeu, la tour qui scintille derrière le but opposé.',
  },
  [G.chatrierClay]: {
    title: 'Les traces du fauteuil dans la terre battue du Chatrier',
    description: 'Vus d’en haut, les arcs dessinés par le fauteuil dans la terre battue pendant un échange.',
  },
  [G.paraTriProsthesis]: {
    title: 'Sortir de la Seine, rejoindre la prothèse',
    description:
      'L’athlète qui sort de l’eau et attrape sa prothèse de course, le pont Alexandre-III derrière.',
  },
  [G.paraBlocks]: {
    title: 'Des lames dans les blocs',
    description:
      'Les lames de course calées dans les blocs de départ, les tribunes pleines du Stade de France derrière.',
  },
};

export const spotsFr: Record<string, { label: string; description: string }> = {
  [P.lepicBalcony]: {
    label: 'Balcon du 12, rue Lepic',
    description:
      'Balcon du quatrième étage d’un appartement privé, au-dessus du virage : les coureurs montent vers l’objectif entre les terrasses de café. Sonner à la porte de la rue, code envoyé par SMS la veille.',
  },
  [P.lepicTopCrowd]: {
    label: 'Haut de la montée, rue Norvins',
    description:
      'Trottoir en haut de la montée, derrière les barrières : contre-plongée sur la foule, le dôme du Sacré-Cœur au-dessus. Y être deux heures avant, ça se remplit.',
  },
  [P.louvreRoof]: {
    label: 'Toit du Louvre, pavillon de Marsan',
    description:
      'Toit-terrasse du pavillon de Marsan (aile rue de Rivoli). Entrée du personnel, puis l’escalier de service derrière la porte d’accès au toit ; accompagnement par le musée obligatoire.',
  },
  [P.arcTerrace]: {
    label: 'Terrasse de l’Arc de Triomphe',
    description:
      'Parapet est de la terrasse, face aux Champs-Élysées : le ballon sur l’axe historique, à 2,6 km. Objectif de 600 mm sur trépied.',
  },
  [P.tuileriesCrowd]: {
    label: 'Pelouse des Tuileries, à l’ouest du grand bassin rond',
    description:
      'Sur la pelouse au milieu du public, en contre-plongée : visages et téléphones levés au premier plan, le ballon qui quitte le sol derrière eux.',
  },
  [P.policeBoat]: {
    label: 'Bateau de la brigade fluviale sur la Seine',
    description:
      'À bord de la vedette de la brigade fluviale en station en amont du pont des Invalides : les nageuses au ras de l’eau, le pont derrière elles. Embarquement au ponton du port des Champs-Élysées à 6 h 45.',
  },
  [P.pontInvalidesParapet]: {
    label: 'Pont des Invalides, parapet amont',
    description:
      'Milieu du pont, côté amont, au-dessus de la pile centrale : tout le peloton qui nage vers vous sous le pont Alexandre-III.',
  },
  [P.teahupooBoat]: {
    label: 'Bateau photo dans la passe de Teahupo’o',
    description:
      'Bateau ancré dans la passe, à environ 40 m du pic. Combinaison et caisson étanche ; départ de la marina au bout de la route 30 minutes avant la première série.',
  },
  [P.laDefenseUpperBowl]: {
    label: 'Anneau supérieur au-dessus du mur d’arrivée',
    description:
      'Anneau supérieur, bloc 304, rang 2 : le mur d’arrivée, le tableau d’affichage et la foule debout dans un seul cadre ; le tunnel d’entrée à gauche.',
  },
  [P.champDeMarsStand]: {
    label: 'Tribune face au tatami principal',
    description:
      'Dernier rang du bloc B, face au tatami principal : le combat avec toute la tribune derrière.',
  },
  [P.stadeFinishUpper]: {
    label: 'Anneau supérieur au-dessus de la ligne d’arrivée',
    description:
      'Rang 3 de l’anneau supérieur, au-dessus de la ligne d’arrivée : la ligne droite, le toit et 80 000 personnes dans un seul plan large.',
  },
  [P.poleVaultRunway]: {
    label: 'Derrière le tapis de réception de la perche',
    description:
      'Premier anneau au bout de la piste d’élan de la perche, derrière le tapis : le perchiste la tête en bas devant les lumières du stade.',
  },
  [P.bercyFloorCorner]: {
    label: 'Coin du praticable, premier anneau',
    description:
      'Premier anneau, rang 5, dans le coin où finissent les diagonales : la gymnaste arrive droit sur l’objectif.',
  },
  [P.marseilleSeaWall]: {
    label: 'Bateau presse au sud de la zone de course',
    description:
      'Bateau presse accrédité en station au sud du parcours, face au nord : les planches sur leurs foils avec Notre-Dame de la Garde au-dessus de la ville.',
  },
  [P.beachTowerStand]: {
    label: 'Haut de la tribune sud-est',
    description:
      'Dernier rang de la tribune sud-est : le terrain en bas, la tour au-dessus. En place avant 22 h pour le scintillement.',
  },
  [P.blindFootballGoal]: {
    label: 'Derrière le but, à côté du guide',
    description:
      'Enclos photographes derrière le but sud-est, à côté de la zone du guide : le guide qui appelle et le tir qui arrive. Silence pendant le jeu.',
  },
  [P.blindFootballTopStand]: {
    label: 'Haut de la tribune sud-est',
    description:
      'Dernier rang de la tribune sud-est : le terrain, la foule silencieuse et la tour illuminée derrière le but opposé.',
  },
  [P.chatrierUpper]: {
    label: 'Chatrier, anneau supérieur, côté nord',
    description:
      'Anneau supérieur derrière la ligne de fond nord : les traces du fauteuil dans la terre battue et tout le court.',
  },
  [P.paraTriTransition]: {
    label: 'Rampe de sortie de l’eau, port des Invalides',
    description:
      'Enclos photo à la sortie de l’eau sur le quai rive gauche, avant la transition : les athlètes qui sortent de la Seine vers leurs prothèses et leurs assistants.',
  },
  [P.paraAthleticsBlocks]: {
    label: 'Départ du 100 m, rang 1',
    description:
      'Premier anneau au départ du 100 m, rang 1, côté couloir 1 : les lames calées dans les blocs, les tribunes pleines derrière.',
  },
};
