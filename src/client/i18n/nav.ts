// Strings of the navigation between screens, in English and French.
import type { Shape } from './shape.ts';

export const navEn = {
  label: 'Screens',
  day: 'Day plan',
  me: 'My day',
  plan: 'Stand-up',
  board: 'Desk',
};

export const navFr: Shape<typeof navEn> = {
  label: 'Écrans',
  day: 'Plan du jour',
  me: 'Ma journée',
  plan: 'Point du matin',
  board: 'Desk',
};
