// Strings of the creator's phone screen, in English and French (same keys, checked by the type and a test).
import type { Shape } from './shape.ts';

export const creatorEn = {
  title: 'My day',
};

export const creatorFr: Shape<typeof creatorEn> = {
  title: 'Ma journée',
};
