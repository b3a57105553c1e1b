// Every counted string through i18next plurals, in both languages: "1 moment", "2 moments", "0 modification".
import { describe, expect, it } from 'vitest';
import { createI18n, fullCatalog } from '../../../../src/client/i18n/index.ts';

// The whole catalogs: the start strings (en.ts, fr.ts) and the laptop screens' (later.*.ts).
const en = fullCatalog('en');
const fr = fullCatalog('fr');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

const tEn = createI18n('en').t;
const tFr = createI18n('fr').t;
/** Intl and the catalogs put no-break spaces before French punctuation: compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const say = (t: typeof tEn, key: string, count: number, extra: object = {}) =>
  plain((t as unknown as (k: string, o: object) => string)(key, { count, ...extra }));

describe('counted strings', () => {
  it('are plural keys (_one, _many, _other) wherever a {{count}} appears, in both catalogs', () => {
    for (const [name, catalog] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const counted = leaves(catalog as Tree).filter(([, text]) => text.includes('{{count}}'));
      // The import panel's strings are pluralised on the import branch (ImportPanel.tsx is not this screen's).
      const loose = counted.filter(
        ([key]) => !/_(one|many|other)$/.test(key) && !key.startsWith('standup.import.'),
      );
      expect({ name, loose: loose.map(([key]) => key) }).toEqual({ name, loose: [] });
      for (const [key] of counted.filter(([k]) => k.endsWith('_one'))) {
        const stem = key.slice(0, -'_one'.length);
        const keys = new Set(counted.map(([k]) => k));
        expect({ key, other: keys.has(`${stem}_other`), many: keys.has(`${stem}_many`) }).toEqual({
          key,
          other: true,
          many: true,
        });
      }
    }
  });

  const cases: { key: string; extra?: object; en: [string, string]; fr: [string, string] }[] = [
    {
      key: 'sync.pending',
      en: ['1 change waiting on this phone', '2 changes waiting on this phone'],
      fr: ['1 modification non envoyée', '2 modifications non envoyées'],
    },
    {
      key: 'sync.rejectedButton',
      en: ['1 rejected change', '2 rejected changes'],
      fr: ['1 modification refusée', '2 modifications refusées'],
    },
    {
      key: 'day.tooManyMoments',
      en: ['1 moment chosen: the team plans 4 or 5 a day.', '2 moments chosen: the team plans 4 or 5 a day.'],
      fr: [
        '1 moment choisi : l’équipe en prévoit 4 ou 5 par jour.',
        '2 moments choisis : l’équipe en prévoit 4 ou 5 par jour.',
      ],
    },
    {
      key: 'creator.assignments',
      en: ['1 assignment', '2 assignments'],
      fr: ['1 affectation', '2 affectations'],
    },
    {
      key: 'creator.map.preparing',
      extra: { done: 0 },
      en: ['Downloading the map: 0 of 1 tile', 'Downloading the map: 0 of 2 tiles'],
      fr: ['Téléchargement de la carte : 0 sur 1 tuile', 'Téléchargement de la carte : 0 sur 2 tuiles'],
    },
    {
      key: 'creator.map.prepared',
      extra: { size: '1 MB' },
      en: [
        'Map ready offline: 1 tile, 1 MB stored on this phone',
        'Map ready offline: 2 tiles, 1 MB stored on this phone',
      ],
      fr: [
        'Carte prête hors ligne : 1 tuile, 1 MB stockés sur ce téléphone',
        'Carte prête hors ligne : 2 tuiles, 1 MB stockés sur ce téléphone',
      ],
    },
    {
      key: 'standup.plan.tooMany',
      en: [
        '1 moment: past 5 the team loses control of its story. Keep 4 or 5.',
        '2 moments: past 5 the team loses control of its story. Keep 4 or 5.',
      ],
      fr: [
        '1 moment : au-delà de 5, l’équipe ne maîtrise plus son récit. Gardez-en 4 ou 5.',
        '2 moments : au-delà de 5, l’équipe ne maîtrise plus son récit. Gardez-en 4 ou 5.',
      ],
    },
    {
      key: 'standup.choose.beyond',
      en: [
        'Adding it makes 1 moment on this day: past 5 the team loses control of its story.',
        'Adding it makes 2 moments on this day: past 5 the team loses control of its story.',
      ],
      fr: [
        'L’ajouter fait 1 moment ce jour-là : au-delà de 5, l’équipe ne maîtrise plus son récit.',
        'L’ajouter fait 2 moments ce jour-là : au-delà de 5, l’équipe ne maîtrise plus son récit.',
      ],
    },
    { key: 'standup.coverage.planned', en: ['1 image', '2 images'], fr: ['1 image', '2 images'] },
    {
      key: 'standup.people.loadItem',
      extra: { name: 'Léa' },
      en: ['Léa: 1 moment', 'Léa: 2 moments'],
      fr: ['Léa : 1 moment', 'Léa : 2 moments'],
    },
    {
      key: 'board.history',
      en: ['History (1 change)', 'History (2 changes)'],
      fr: ['Historique (1 changement)', 'Historique (2 changements)'],
    },
    {
      key: 'board.arrivals.count',
      en: ['1 image changed since you last looked', '2 images changed since you last looked'],
      fr: [
        '1 image a changé depuis votre dernier passage',
        '2 images ont changé depuis votre dernier passage',
      ],
    },
    { key: 'board.report.missedShort', en: ['1 missed', '2 missed'], fr: ['1 manquée', '2 manquées'] },
    {
      key: 'schedule.mine.heading',
      en: ['1 change to your plan', '2 changes to your plan'],
      fr: ['1 changement dans votre plan', '2 changements dans votre plan'],
    },
    {
      key: 'schedule.odf.message',
      extra: { type: 'DT_SCHEDULE', version: 3, competition: 'OG2024' },
      en: ['DT_SCHEDULE version 3, OG2024: 1 unit.', 'DT_SCHEDULE version 3, OG2024: 2 units.'],
      fr: ['DT_SCHEDULE version 3, OG2024 : 1 unité.', 'DT_SCHEDULE version 3, OG2024 : 2 unités.'],
    },
    {
      key: 'schedule.odf.summary.created',
      en: ['1 new session', '2 new sessions'],
      fr: ['1 nouvelle session', '2 nouvelles sessions'],
    },
    {
      key: 'schedule.odf.summary.stale',
      en: [
        '1 already up to date (this message or a newer one)',
        '2 already up to date (this message or a newer one)',
      ],
      fr: ['1 déjà à jour (ce message ou un plus récent)', '2 déjà à jour (ce message ou un plus récent)'],
    },
    {
      key: 'schedule.odf.errors.tooManyUnits',
      extra: { max: 1000 },
      en: ['The message has 1 unit: at most 1000.', 'The message has 2 units: at most 1000.'],
      fr: ['Le message a 1 unité : 1000 au plus.', 'Le message a 2 unités : 1000 au plus.'],
    },
  ];

  for (const c of cases) {
    it(`say "${c.en[0]}" and "${c.en[1]}" (${c.key}), and the same in French`, () => {
      expect([say(tEn, c.key, 1, c.extra), say(tEn, c.key, 2, c.extra)]).toEqual(c.en);
      expect([say(tFr, c.key, 1, c.extra), say(tFr, c.key, 2, c.extra)]).toEqual(c.fr);
      // French counts 0 in the singular ("0 modification"); English does not.
      expect(say(tFr, c.key, 0, c.extra)).toBe(c.fr[0].replace(/(^|\D)1(?=\D|$)/, '$10'));
    });
  }
});
