// Les textes du programme pour le point du matin (épingler, fichiers ODF, codes des sites) : chargés avec les écrans d'ordinateur.
import type { scheduleLaterEn } from './schedule-later.en.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** La partie du point du matin (épingler, fichiers ODF, codes des sites) : chargée avec les écrans d'ordinateur. */
export const scheduleLaterFr: Shape<typeof scheduleLaterEn> = {
  pin: 'Garder ce moment clé si le programme change',
  pinHelp: 'Si la session bouge, un moment clé épinglé reste où il est\u202f; sinon il se décale d’autant.',
  odf: {
    help: 'Ou le programme officiel ODF (XML)\u202f: un DT_SCHEDULE pour une discipline, ou un DT_SCHEDULE_UPDATE. Les unités sont rattachées aux sites par leurs codes ODF.',
    message_one: '{{type}} version {{version}}, {{competition}}\u202f: {{count}} unité.',
    message_many: '{{type}} version {{version}}, {{competition}}\u202f: {{count}} unités.',
    message_other: '{{type}} version {{version}}, {{competition}}\u202f: {{count}} unités.',
    summary: {
      created_one: '{{count}} nouvelle session',
      created_many: '{{count}} nouvelles sessions',
      created_other: '{{count}} nouvelles sessions',
      updated_one: '{{count}} mise à jour',
      updated_many: '{{count}} mises à jour',
      updated_other: '{{count}} mises à jour',
      unchanged_one: '{{count}} confirmée',
      unchanged_many: '{{count}} confirmées',
      unchanged_other: '{{count}} confirmées',
      stale_one: '{{count}} déjà à jour (ce message ou un plus récent)',
      stale_many: '{{count}} déjà à jour (ce message ou un plus récent)',
      stale_other: '{{count}} déjà à jour (ce message ou un plus récent)',
    },
    ready:
      '{{summary}}. Les moments des sessions qui bougent les suivent. Rien ne change avant votre confirmation.',
    nothing: '{{summary}}\u202f: rien à importer.',
    confirm: 'Appliquer le programme officiel',
    done: 'Appliqué\u202f: {{summary}}.',
    unknownCode:
      'Aucun site n’a le code ODF {{code}} (unité {{ref}})\u202f: un admin l’ajoute aux codes du site ci-dessous. Rien n’est importé.',
    unit: 'unité {{unit}}',
    line: 'ligne {{line}}',
    notices: {
      heading: 'Remarques sur ce message',
      unscheduled: '{{unit}}\u202f: UNSCHEDULED, laissée de côté (elle pourrait ne pas avoir lieu).',
      noStart:
        '{{unit}}\u202f: sans heure de début\u202f; elle ne change que le statut d’une session déjà au plan.',
      noEnd:
        '{{unit}}\u202f: sans heure de fin\u202f; une session connue garde sa durée, une nouvelle dure 0 minute.',
      hiddenStart: '{{unit}}\u202f: son heure de début est celle du bloc, pas la sienne (HideStartDate).',
    },
    errors: {
      empty: 'Le fichier est vide.',
      tooLarge: 'Le fichier dépasse {{max}} octets.',
      notXml: 'XML mal formé (colonne {{column}})\u202f: {{message}}',
      doctype:
        'Le fichier déclare une DTD (DOCTYPE)\u202f: les messages ODF n’en ont pas, et cette application n’en lit jamais.',
      tooManyElements: 'Plus de {{max}} éléments XML\u202f: ce n’est pas un message de programme.',
      notOdf: 'Ce XML n’est pas un message ODF (sa racine est « {{root}} », pas OdfBody).',
      noCompetition: 'Ce message ODF n’a pas d’élément Competition\u202f: il ne contient aucun programme.',
      wrongType:
        'C’est un message {{type}}\u202f: seuls le programme (DT_SCHEDULE) et ses mises à jour (DT_SCHEDULE_UPDATE) sont importés.',
      missingAttribute: '{{attribute}} manquant.',
      badAttribute: '{{attribute}} « {{value}} » n’est pas une valeur qu’ODF permet.',
      unknownCompetition:
        'CompetitionCode {{value}} ne désigne aucune édition de ce plan (OG2024\u202f: les Jeux olympiques de 2024).',
      noUnits: 'Le message n’a aucune unité.',
      tooManyUnits_one: 'Le message a {{count}} unité\u202f: {{max}} au plus.',
      tooManyUnits_many: 'Le message a {{count}} unités\u202f: {{max}} au plus.',
      tooManyUnits_other: 'Le message a {{count}} unités\u202f: {{max}} au plus.',
      unknownStatus: 'ScheduleStatus inconnu « {{value}} ».',
      unknownDiscipline: 'Code de discipline inconnu « {{value}} ».',
      endBeforeStart: 'L’unité finit avant de commencer.',
      duplicateUnit: 'La même unité apparaît deux fois (d’abord ligne {{first}}).',
    },
  },
  codes: {
    heading: 'Codes du flux officiel des sites',
    help: 'Les codes ODF de site et de lieu (trois lettres, par ex. STA) qui désignent chaque site\u202f: le flux du programme et les fichiers ODF retrouvent les sites par eux. Séparez les codes par des espaces ou des virgules.',
    label: '{{venue}}\u202f: codes ODF',
    save: 'Enregistrer les codes',
    saveLabel: 'Enregistrer les codes {{venue, de}}',
    saved: 'Enregistré.',
  },
};
