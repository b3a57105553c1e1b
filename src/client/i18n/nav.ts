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
};
