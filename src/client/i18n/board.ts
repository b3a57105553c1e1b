// Strings of the editors' board, in English and French (same keys, checked by the type and a test).
import type { Shape } from './shape.ts';

export const boardEn = {
  title: 'Desk',
};

export const boardFr: Shape<typeof boardEn> = {
  title: 'Desk',
};
