// The English strings of the laptop screens (stand-up, desk, audit): loaded with those screens, never before "my day".
import { auditEn } from './audit.en.ts';
import { boardEn } from './board.en.ts';
import { standupEn } from './standup.en.ts';

/** Merged into the start catalog (en.ts) when a laptop screen opens; later.fr.ts has the same keys. */
export const laterEn = {
  standup: standupEn,
  board: boardEn,
  audit: auditEn,
};
