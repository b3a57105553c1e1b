// What a schedule import produces: sessions ready for `schedule.import`, or row-level issues (then nothing).
import type { Edition, Venue } from '../domain/edition.ts';
import type { ScheduleSession } from '../domain/schedule.ts';

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
  | 'badTimeZone';

export interface ImportIssue {
  /** 1-based line of the file (CSV: the header is line 1) or event number (iCalendar); 0 = the whole file. */
  row: number;
  /** Column or property at fault, '' for the whole row or file. */
  field: string;
  code: IssueCode;
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
}

export type ImportResult =
  | { ok: true; sessions: ScheduleSession[]; created: number; updated: number }
  | { ok: false; issues: ImportIssue[] };

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
  /** A problem the format's parser found with the times (iCalendar: a date without a time...). */
  timesError?: Omit<ImportIssue, 'row'>;
  medal?: string | boolean;
  notes?: string;
}
