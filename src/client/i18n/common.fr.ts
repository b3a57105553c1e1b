// Les textes partagés par tous les écrans (heures sur site, points cardinaux, brouillons changés ailleurs), en français.
import type { commonEn } from './common.en.ts';
import type { Shape } from './shape.ts';

export const commonFr: Shape<typeof commonEn> = {
  time: {
    localDate: 'date locale sur le site\u202f:',
    withDate: '{{time}}, {{date}}',
    withZone: '{{time}} ({{zone}})',
    venueDay: 'Sur le site, c’est le {{date}}.',
  },
  compass: {
    N: 'N',
    NE: 'NE',
    E: 'E',
    SE: 'SE',
    S: 'S',
    SW: 'SO',
    W: 'O',
    NW: 'NO',
  },
  draft: {
    changedElsewhere: 'Changé sur un autre appareil, «\u202f{{field}}\u202f»\u202f:',
    quoted: '«\u202f{{value}}\u202f»',
    emptied: '(vidé)',
    yoursKept: 'Votre texte reste dans le champ jusqu’à ce que vous choisissiez.',
    takeTheirs: 'Prendre cette version',
    keepMine: 'Garder la mienne',
  },
};
