// What a schedule import produces: sessions ready for `schedule.import`, or row-level issues (then nothing).
import type { Edition, Venue } from '../domain/edition.ts';
import type { ScheduleSession } from '../domain/schedule.ts';
import type { DateOrder, DateReading } from './cells.ts';

/** A file larger than this is refused before parsing: one import is one push (1 MiB body). */
export const MAX_IMPORT_BYTES = 512 * 1024;
/** The mutation's arguments must fit in one push (1 MiB body) with room for the envelope. */
export const MAX_IMPORT_ARGS_BYTES = 900 * 1024;
/** Rows per import: a day of the Games has ~40 medal sessions; 1,000 covers a whole edition. */
export const MAX_IMPORT_ROWS = 1000;

/** Codes the screen translates (fr/en); `params` fill the message. */
export type IssueCode =
  | 'empty'
  | 'tooLarge'
  | 'tooManyRows'
  | 'notUtf8'
  | 'parse'
  /** CSV: a quoted cell never closed, or a quote inside an unquoted cell. */
  | 'badQuotes'
  | 'missingColumn'
  | 'required'
  | 'tooLong'
  | 'badDate'
  | 'badTime'
  | 'endBeforeStart'
  | 'duplicateRef'
  | 'unknownVenue'
  | 'unknownEdition'
  | 'badMedal'
  | 'badTimeZone'
  /** A numeric date that contradicts the order the rest of the file proves (25/07 and 07/25). */
  | 'mixedDateOrder'
  /** A recurring event with more occurrences than one import takes (or no end at all). */
  | 'tooManyOccurrences';

/** What the import leaves out on purpose, named on screen; the rest of the file still imports. */
export type NoticeCode =
  /** A VEVENT whose DTSTART is a DATE: an all-day event has no start time to plan around. */
  | 'allDay'
  /** STATUS:CANCELLED on an event or on one occurrence. */
  | 'cancelled'
  /** DTSTART with neither DTEND nor DURATION: per RFC 5545 §3.6.1 it lasts 0 minutes. */
  | 'noEnd';

export interface ImportIssue {
  /** 1-based line of the file (CSV: the header is line 1; iCalendar: the event's BEGIN:VEVENT); 0 = the whole file. */
  row: number;
  /** Column or property at fault, '' for the whole row or file. */
  field: string;
  /** CSV: the spreadsheet's column letter of `field` (A, B… AA), to find the cell. */
  column?: string;
  /** iCalendar: the event's UID (and occurrence), to find the event in a calendar app. */
  uid?: string;
  code: IssueCode;
  params?: Record<string, string | number>;
}

/** Something left out or read a particular way on purpose; shown before the planner confirms. */
export interface ImportNotice {
  /** 1-based line of the VEVENT (BEGIN:VEVENT) in the file. */
  row: number;
  uid?: string;
  code: NoticeCode;
  params?: Record<string, string | number>;
}

/** What the import matches rows against: the rows already on the planner's device. */
export interface ImportContext {
  editions: readonly Edition[];
  venues: readonly Venue[];
  /** Existing sessions: a row with the same (editionId, ref) updates it rather than duplicating. */
  sessions: readonly ScheduleSession[];
  /** Edition for rows that do not name one (the edition shown on screen). */
  defaultEditionId: string;
  /** Makes the id of a new session (crypto.randomUUID in the app, counters in tests). */
  newId: () => string;
  /**
   * How to read numeric dates when every date of a file reads both ways (04/08/2024): the UI
   * language's order or the planner's choice. A file that proves its order (25/07/2024) wins.
   */
  dateOrder?: DateOrder;
}

/** A valid file: what to write, counted against the sessions already on the device. */
export interface ImportSuccess {
  ok: true;
  /** The new and changed sessions only: what `schedule.import` writes (empty when nothing changed). */
  sessions: ScheduleSession[];
  created: number;
  updated: number;
  /** Sessions in the file exactly as the device already has them: not sent again. */
  unchanged: number;
  /** Events left out on purpose (all-day, cancelled) or read per a rule (no end): named on screen. */
  notices: ImportNotice[];
  /** How numeric dates were read (CSV with D/M/Y dates), for the screen to say so. */
  dates?: DateReading;
}

/** A refused file: every problem, and what would have been left out anyway (all-day, cancelled). */
export interface ImportFailure {
  ok: false;
  issues: ImportIssue[];
  notices?: ImportNotice[];
}

export type ImportResult = ImportSuccess | ImportFailure;

/** One row, as text, whatever the file format: validated by rows.ts. */
export interface RawRow {
  row: number;
  edition?: string;
  ref?: string;
  sport?: string;
  event?: string;
  venue?: string;
  /** Local wall-clock date and times at the venue (CSV). */
  date?: string;
  start?: string;
  end?: string;
  /** Or instants already resolved (iCalendar), ISO 8601 UTC. */
  startsAt?: string;
  endsAt?: string;
  /** A problem the format's parser found with the times (iCalendar: an unknown TZID...). */
  timesError?: Omit<ImportIssue, 'row'>;
  /** iCalendar: the UID (and occurrence) the row comes from, named in its issues. */
  uid?: string;
  /** CSV: the column letter of each field, named in its issues. */
  columns?: Partial<Record<string, string>>;
  medal?: string | boolean;
  notes?: string;
}
