// Strings every screen shares in English (times at venues, compass points, drafts changed elsewhere); common.fr.ts has the same keys.

export const commonEn = {
  time: {
    localDate: 'local date at the venue:',
    withDate: '{{time}}, {{date}}',
    withZone: '{{time}} ({{zone}})',
    venueDay: 'At the venue, that is {{date}}.',
  },
  compass: {
    N: 'N',
    NE: 'NE',
    E: 'E',
    SE: 'SE',
    S: 'S',
    SW: 'SW',
    W: 'W',
    NW: 'NW',
  },
  draft: {
    changedElsewhere: '{{field}} changed on another device:',
    quoted: '“{{value}}”',
    emptied: '(emptied)',
    yoursKept: 'What you typed stays in the field until you choose.',
    takeTheirs: 'Use theirs',
    keepMine: 'Keep mine',
  },
};
