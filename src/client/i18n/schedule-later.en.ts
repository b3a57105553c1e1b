// The stand-up's schedule strings in English (pinning, ODF files, venue codes): loaded with the laptop screens.

/** The stand-up's part (pinning, ODF files, venue codes): loaded with the laptop screens (later.en.ts). */
export const scheduleLaterEn = {
  pin: 'Keep this key moment when the schedule changes',
  pinHelp:
    'When the session moves, a pinned key moment stays where it is; otherwise it moves by the same amount.',
  odf: {
    help: 'Or the official ODF schedule (XML): a DT_SCHEDULE for a discipline, or a DT_SCHEDULE_UPDATE. Units are matched to venues by their ODF codes.',
    message_one: '{{type}} version {{version}}, {{competition}}: {{count}} unit.',
    message_many: '{{type}} version {{version}}, {{competition}}: {{count}} units.',
    message_other: '{{type}} version {{version}}, {{competition}}: {{count}} units.',
    summary: {
      created_one: '{{count}} new session',
      created_many: '{{count}} new sessions',
      created_other: '{{count}} new sessions',
      updated_one: '{{count}} updated',
      updated_many: '{{count}} updated',
      updated_other: '{{count}} updated',
      unchanged_one: '{{count}} confirmed',
      unchanged_many: '{{count}} confirmed',
      unchanged_other: '{{count}} confirmed',
      stale_one: '{{count}} already up to date (this message or a newer one)',
      stale_many: '{{count}} already up to date (this message or a newer one)',
      stale_other: '{{count}} already up to date (this message or a newer one)',
    },
    ready: '{{summary}}. Moments on the sessions that move follow them. Nothing changes until you confirm.',
    nothing: '{{summary}}: nothing to import.',
    confirm: 'Apply the official schedule',
    done: 'Applied: {{summary}}.',
    unknownCode:
      'No venue has the ODF code {{code}} (unit {{ref}}): an admin adds it to the venue’s codes below. Nothing is imported.',
    unit: 'unit {{unit}}',
    line: 'line {{line}}',
    notices: {
      heading: 'Notes on this message',
      unscheduled: '{{unit}}: UNSCHEDULED, left out (it may not take place).',
      noStart: '{{unit}}: no start time; it only changes the status of a session the plan has.',
      noEnd: '{{unit}}: no end time; a known session keeps its length, a new one lasts 0 minutes.',
      hiddenStart: '{{unit}}: its start time is the block’s, not its own (HideStartDate).',
    },
    errors: {
      empty: 'The file is empty.',
      tooLarge: 'The file is larger than {{max}} bytes.',
      notXml: 'Not well-formed XML (column {{column}}): {{message}}',
      doctype: 'The file declares a DTD (DOCTYPE): ODF messages have none, and this app never reads one.',
      tooManyElements: 'More than {{max}} XML elements: this is not a schedule message.',
      notOdf: 'This XML is not an ODF message (its root is “{{root}}”, not OdfBody).',
      noCompetition: 'This ODF message has no Competition element: it holds no schedule.',
      wrongType:
        'This is a {{type}} message: only the schedule (DT_SCHEDULE) and its updates (DT_SCHEDULE_UPDATE) are imported.',
      missingAttribute: 'Missing {{attribute}}.',
      badAttribute: '{{attribute}} “{{value}}” is not a value ODF allows.',
      unknownCompetition:
        'CompetitionCode {{value}} names no edition of this plan (OG2024: the Olympics of 2024).',
      noUnits: 'The message has no unit.',
      tooManyUnits_one: 'The message has {{count}} unit: at most {{max}}.',
      tooManyUnits_many: 'The message has {{count}} units: at most {{max}}.',
      tooManyUnits_other: 'The message has {{count}} units: at most {{max}}.',
      unknownStatus: 'Unknown ScheduleStatus “{{value}}”.',
      unknownDiscipline: 'Unknown discipline code “{{value}}”.',
      endBeforeStart: 'The unit ends before it starts.',
      duplicateUnit: 'The same unit appears twice (first on line {{first}}).',
    },
  },
  codes: {
    heading: 'Official feed codes of the venues',
    help: 'The ODF venue and location codes (three letters, e.g. STA) that mean each venue: the schedule feed and ODF files find venues through them. Separate codes with spaces or commas.',
    label: '{{venue}}: ODF codes',
    save: 'Save the codes',
    saveLabel: 'Save the codes of {{venue}}',
    saved: 'Saved.',
  },
};
