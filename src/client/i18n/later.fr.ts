// Les textes des écrans d'ordinateur (point du matin, desk, audit) en français : chargés avec ces écrans.
import { auditFr } from './audit.fr.ts';
import { boardFr } from './board.fr.ts';
import type { laterEn } from './later.en.ts';
import type { Shape } from './shape.ts';
import { mutationFr } from './mutation.fr.ts';
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
  // The names of changes: the refused-changes list and the signed-out banner wait for them too.
  mutation: mutationFr,
  // "Page not found": a rare screen, its words need not weigh on the phone's first load.
  notFound: {
    heading: 'Page introuvable',
    text: 'Aucun écran de Plan de jeu ne se trouve à l’adresse «\u202f{{path}}\u202f».',
    back: 'Aller à mon écran',
  },
  // The update prompt shows after "my day" (ServiceWorkerUpdate waits for these).
  update: {
    ready: 'Une nouvelle version est prête',
    button: 'Mettre à jour',
    blocked_one:
      '{{count}} modification attend encore sur ce téléphone\u202f: mettre à jour maintenant pourrait la perdre. Mettez à jour une fois envoyée.',
    blocked_many:
      '{{count}} modifications attendent encore sur ce téléphone\u202f: mettre à jour maintenant pourrait les perdre. Mettez à jour une fois envoyées.',
    blocked_other:
      '{{count}} modifications attendent encore sur ce téléphone\u202f: mettre à jour maintenant pourrait les perdre. Mettez à jour une fois envoyées.',
    offlineReady: 'Prêt à fonctionner hors ligne',
    dismiss: 'OK',
  },
  // Merged deep into the start catalog's `schedule` (the creator's part).
  schedule: scheduleLaterFr,
};
