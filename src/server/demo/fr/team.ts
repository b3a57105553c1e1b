// The demo's team-side texts in French: editions, access requests, assignment notes, contacts.
import { ACCESS_IDS as A } from '../ids-spots.ts';
import { EDITION_IDS as E } from '../ids.ts';
import { MEMBER_IDS as T } from '../ids-team.ts';

export const editionsFr: Record<string, { name: string }> = {
  [E.olympic]: { name: 'Jeux olympiques de Paris 2024' },
  [E.paralympic]: { name: 'Jeux paralympiques de Paris 2024' },
};

export const accessFr: Record<string, { contactName: string; notes: string }> = {
  [A.lepicBalcony]: {
    contactName: 'Mme Apolline Exemple (résidente, 4e étage)',
    notes:
      'Accord par téléphone : deux personnes au plus, pour les deux courses en ligne, arriver avant 13 h. Lui apporter un tirage.',
  },
  [A.louvreRoof]: {
    contactName: 'Louis Fictif (service de presse du musée)',
    notes:
      'Demandé avec la proposition de production croisée ; en attente de la réponse de la sécurité du musée.',
  },
  [A.arcTerrace]: {
    contactName: 'Agnès Démo (administratrice du monument)',
    notes:
      'Terrasse fermée le soir pendant les Jeux olympiques pour raisons de sécurité. Redemander pour les Paralympiques.',
  },
  [A.policeBoat]: {
    contactName: 'Brigadier Paul Fictif (brigade fluviale)',
    notes:
      'Un photographe à bord, gilet de sauvetage fourni. Images publiées par les deux comptes (production croisée).',
  },
  [A.teahupooBoat]: {
    contactName: 'Teiva Exemple (loueur de bateaux)',
    notes: 'Les places de bateau dans la passe sont attribuées la veille, avec le « call » du lendemain.',
  },
  [A.blindFootballGoal]: {
    contactName: 'Jeanne Exemple (responsable photo du site)',
    notes:
      'Demander une place dans l’enclos derrière le but, loin de la zone du guide : aucun bruit pendant le jeu.',
  },
};

/** Assignment notes by assignment id (a5000000-2024-4000-8000-0000000000NN). */
export const assignmentNotesFr: Record<number, string> = {
  1: 'Embarquement à 6 h 45 ; photos depuis l’eau, puis envoi depuis le quai.',
  2: 'À pied jusqu’à la Concorde après le triathlon ; enclos photo côté parc.',
  3: 'Vidéo des deux entrées ; format vertical pour les stories.',
  4: 'Publier la première image dans les cinq minutes après chaque finale.',
  5: 'Heure de Tahiti : les finales y sont l’après-midi, la nuit à Paris.',
  6: 'Dès le premier tour : la tribune se remplit toute la journée.',
  7: 'Stories depuis la tribune pendant le bloc des finales.',
  8: 'Le bateau presse quitte la marina à 12 h 15.',
  9: 'En place avant 22 h pour le scintillement.',
  10: 'La foule et la cloche du dernier tour, pour le fil en direct.',
  11: 'Trois passages : cadrage d’essai au premier, l’image signature au dernier.',
  12: 'Vidéo de la foule au passage du peloton.',
  13: 'Métro ligne 13 de Montmartre à Saint-Denis juste après la dernière montée.',
  14: 'Le banc de l’équipe et la tribune.',
  15: 'Premier anneau côté piste d’élan du saut.',
  16: 'Plan large de tout le stade à 21 h 50.',
  17: 'Stories de la foule avant la finale.',
  18: 'Même circuit qu’hier : haut de la montée, rue Norvins.',
  19: 'Vidéo au green du 18 pour les dernières parties.',
  20: 'Rester jusqu’au dernier essai, même tard.',
  21: 'Seulement si le Louvre accorde le toit ; sinon la pelouse des Tuileries.',
  22: 'Vidéo en direct du ballon qui quitte le sol.',
  23: 'Photo et publication depuis le coin du praticable.',
  24: 'Train depuis Marseille le matin ; les supporters avant le coup d’envoi.',
  25: 'La sortie de l’eau et la prothèse dans la transition.',
  26: 'La foule silencieuse, puis le but.',
  27: 'Lames et guides sur la ligne de départ.',
  28: 'Publier chaque finale française.',
  29: 'Derrière le but si le site accepte ; aucun bruit depuis l’enclos pendant le jeu.',
  30: 'Plan large avec la tour ; en place avant 21 h.',
  31: 'Les traces dans la terre battue, vues d’en haut.',
  32: 'La garde avant le « hajime », en vidéo.',
  33: 'Les lames dans les blocs pour les finales de sprint.',
};

export const contactsFr: Record<string, string> = {
  [T.plannerClaire]: 'Responsable du plan · +33 6 00 00 01 01',
  [T.editorHugo]: 'Desk · +33 6 00 00 01 02',
  [T.editorInes]: 'Desk · +33 6 00 00 01 03',
  [T.creatorNora]: 'Teahupo’o · +689 87 00 01 08',
};
