// The English strings loaded after "my day": the laptop screens (stand-up, desk, audit, team) and the push panel.
import { auditEn } from './audit.en.ts';
import { boardEn } from './board.en.ts';
import { mutationEn } from './mutation.en.ts';
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
  // The names of changes: the refused-changes list and the signed-out banner wait for them too.
  mutation: mutationEn,
  // "Page not found": a rare screen, its words need not weigh on the phone's first load.
  notFound: {
    heading: 'Page not found',
    text: 'No screen of Plan de jeu is at “{{path}}”.',
    back: 'Go to my screen',
  },
  // The update prompt shows after "my day" (ServiceWorkerUpdate waits for these).
  update: {
    ready: 'A new version is ready',
    button: 'Update',
    blocked_one:
      '{{count}} change is still waiting on this phone: updating now could lose it. Update once it is sent.',
    blocked_many:
      '{{count}} changes are still waiting on this phone: updating now could lose them. Update once they are sent.',
    blocked_other:
      '{{count}} changes are still waiting on this phone: updating now could lose them. Update once they are sent.',
    offlineReady: 'Ready to work offline',
    dismiss: 'OK',
  },
  // Merged deep into the start catalog's `schedule` (the creator's part).
  schedule: scheduleLaterEn,
};
