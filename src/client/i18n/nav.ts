// Strings of the navigation between screens, in English and French.
import type { Shape } from './shape.ts';

export const navEn = {
  label: 'Screens',
  day: 'Day plan',
  me: 'My day',
  plan: 'Stand-up',
  board: 'Desk',
  team: 'Team',
  notForRole: 'This screen is not part of your role: the screens you use are in the navigation above.',
  loading: 'Opening the screen…',
  notFound: {
    heading: 'Page not found',
    text: 'No screen of Plan de jeu is at “{{path}}”.',
    back: 'Go to my screen',
  },
};

export const navFr: Shape<typeof navEn> = {
  label: 'Écrans',
  day: 'Plan du jour',
  me: 'Ma journée',
  plan: 'Point du matin',
  board: 'Desk',
  team: 'Équipe',
  notForRole:
    'Cet écran ne fait pas partie de votre rôle\u202f: vos écrans sont dans la navigation ci-dessus.',
  loading: 'Ouverture de l’écran…',
  notFound: {
    heading: 'Page introuvable',
    text: 'Aucun écran de Plan de jeu ne se trouve à l’adresse «\u202f{{path}}\u202f».',
    back: 'Aller à mon écran',
  },
};
