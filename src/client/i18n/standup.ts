// Strings of the morning stand-up (planner), in English and French (same keys, checked by the type and a test).
import type { Shape } from './shape.ts';

export const standupEn = {
  title: 'Stand-up',
};

export const standupFr: Shape<typeof standupEn> = {
  title: 'Point du matin',
};
