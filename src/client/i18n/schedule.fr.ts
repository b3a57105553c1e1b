// Le programme sous le plan en français : statuts des sessions, changements signalés aux créateurs, flux officiel (ODF) ; mêmes clés que schedule.en.ts.
import type { scheduleEn } from './schedule.en.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const scheduleFr: Shape<typeof scheduleEn> = {
  feed: 'le flux du programme officiel',
  status: {
    scheduled: 'Programmé',
    delayed: 'Retardé',
    postponed: 'Reporté',
    rescheduled: 'Reprogrammé',
    cancelled: 'Annulé',
    running: 'En cours',
    finished: 'Terminé',
  },
  statusPrefix: 'Programme officiel\u202f:',
  kind: {
    moved: 'déplacé',
    postponed: 'reporté',
    cancelled: 'annulé',
    reinstated: 'rétabli',
  },
  change: {
    moved: 'Déplacé au {{to}}, au lieu du {{from}}',
    postponed: 'Reporté\u202f: nouvel horaire à venir (prévu le {{from}})',
    cancelled: 'Annulé (prévu le {{from}})',
    reinstated: 'Rétabli\u202f: {{to}}',
    when: 'changé {{time}}',
  },
  acknowledge: 'Bien reçu',
  acknowledgeLabel: 'Bien reçu\u202f: {{title}}',
  mine: {
    heading_one: '{{count}} changement dans votre plan',
    heading_many: '{{count}} changements dans votre plan',
    heading_other: '{{count}} changements dans votre plan',
    show: 'Voir le {{day}}',
  },
};
