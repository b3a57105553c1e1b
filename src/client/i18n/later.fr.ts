// Les textes des écrans d'ordinateur (point du matin, desk, audit) en français : chargés avec ces écrans.
import { auditFr } from './audit.fr.ts';
import { boardFr } from './board.fr.ts';
import type { laterEn } from './later.en.ts';
import type { Shape } from './shape.ts';
import { pushFr } from './push.fr.ts';
import { scheduleLaterFr } from './schedule-later.fr.ts';
import { standupFr } from './standup.fr.ts';
import { teamFr } from './team.fr.ts';

export const laterFr: Shape<typeof laterEn> = {
  standup: standupFr,
  board: boardFr,
  audit: auditFr,
  team: teamFr,
  push: pushFr,
  // Merged deep into the start catalog's `schedule` (the creator's part).
  schedule: scheduleLaterFr,
};
