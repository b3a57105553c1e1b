// Schedule import: CSV or iCalendar → validated sessions for one `schedule.import`, or row-level issues.
export * from './types.ts';
export { importCsv, CSV_COLUMNS, CSV_REQUIRED, CSV_OPTIONAL, CSV_HEADER_ALIASES } from './csv.ts';
export { importIcs, ICS_PROPERTIES } from './ics.ts';
export { findVenue, findEdition, matchKey, visibleName } from './names.ts';
export type { DateOrder, DateReading } from './cells.ts';
export { dayOf, readDateCell } from './cells.ts';

import { importCsv } from './csv.ts';
import { importIcs } from './ics.ts';
import type { ImportContext, ImportResult } from './types.ts';

/**
 * Reads a schedule file (already decoded text) for one `schedule.import`: iCalendar when the name
 * ends in .ics/.ical/.ifb or the text starts with BEGIN:VCALENDAR, CSV otherwise. Never throws:
 * a bad file gives `{ ok: false, issues }`, each issue with its line and column or property.
 */
export function importSchedule(fileName: string, text: string, ctx: ImportContext): ImportResult {
  const ics = /\.(ics|ical|ifb)$/i.test(fileName) || /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text);
  return ics ? importIcs(text, ctx) : importCsv(text, ctx);
}
