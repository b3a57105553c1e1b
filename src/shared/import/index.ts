// Schedule import: CSV or iCalendar → validated sessions for one `schedule.import`, or row-level issues.
export * from './types.ts';
export { importCsv, CSV_COLUMNS, CSV_REQUIRED, CSV_OPTIONAL } from './csv.ts';
export { importIcs, ICS_PROPERTIES } from './ics.ts';
export { findVenue, findEdition, matchKey } from './rows.ts';

import { importCsv } from './csv.ts';
import { importIcs } from './ics.ts';
import type { ImportContext, ImportResult } from './types.ts';

/** Picks the parser by file name (or content: a calendar starts with BEGIN:VCALENDAR). */
export function importSchedule(fileName: string, text: string, ctx: ImportContext): ImportResult {
  const ics = /\.(ics|ical|ifb)$/i.test(fileName) || /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text);
  return ics ? importIcs(text, ctx) : importCsv(text, ctx);
}
