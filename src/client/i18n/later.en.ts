// The English strings loaded after "my day": the laptop screens (stand-up, desk, audit, team) and the push panel.
import { auditEn } from './audit.en.ts';
import { boardEn } from './board.en.ts';
import { pushEn } from './push.en.ts';
import { scheduleLaterEn } from './schedule-later.en.ts';
import { standupEn } from './standup.en.ts';
import { teamEn } from './team.en.ts';

/** Merged into the start catalog (en.ts) when a laptop screen opens; later.fr.ts has the same keys. */
export const laterEn = {
  standup: standupEn,
  board: boardEn,
  audit: auditEn,
  team: teamEn,
  push: pushEn,
  // Merged deep into the start catalog's `schedule` (the creator's part).
  schedule: scheduleLaterEn,
};
