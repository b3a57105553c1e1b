// What reading an ODF schedule message gives: its header and units, or every problem named (then nothing is imported).
import type { FeedMessageType, SessionStatus } from '../../domain/schedule.ts';

/** A schedule message larger than this is refused before parsing (a whole discipline in every language fits). */
export const MAX_ODF_BYTES = 4 * 1024 * 1024;

/** Codes the screen translates (`standup.odf.errors.*`) and the feed endpoint sends as `params.issue`. */
export type OdfIssueCode =
  | 'empty'
  | 'tooLarge'
  /** Not well-formed XML: `params.message` is the parser's, with the line and column. */
  | 'notXml'
  /** A `<!DOCTYPE …>`: DTDs and the entities they declare are refused. */
  | 'doctype'
  | 'tooManyElements'
  /** The root element is not `OdfBody`: `params.root` names it. */
  | 'notOdf'
  /** An `OdfBody` without a `Competition`: nothing in it can be a schedule. */
  | 'noCompetition'
  /** `DocumentType` is another ODF message (DT_RESULT, DT_PARTIC…): `params.type`. */
  | 'wrongType'
  | 'missingAttribute'
  | 'badAttribute'
  /** `CompetitionCode` names no edition of the plan (OG2024: the Olympic edition of 2024). */
  | 'unknownCompetition'
  | 'noUnits'
  | 'tooManyUnits'
  | 'unknownStatus'
  | 'unknownDiscipline'
  | 'endBeforeStart'
  | 'duplicateUnit';

export interface OdfIssue {
  /** 1-based line of the element at fault (0: the whole message). */
  line: number;
  /** The unit code (RSC) of the unit at fault. */
  unit?: string;
  /** The attribute at fault (StartDate, ScheduleStatus…). */
  attribute?: string;
  code: OdfIssueCode;
  params?: Record<string, string | number>;
}

/** Left out or read by a rule on purpose; named on screen and in the feed's answer, not blocking. */
export type OdfNoticeCode =
  /** ScheduleStatus UNSCHEDULED: a unit that may or may not happen, not a candidate. */
  | 'unscheduled'
  /** No StartDate: the unit only changes the status of a session the plan already has. */
  | 'noStart'
  /** A StartDate without EndDate: a known session keeps its length, a new one lasts 0 minutes. */
  | 'noEnd'
  /** HideStartDate="Y": the time is the first unit's of a block run by order, not its own. */
  | 'hiddenStart';

export interface OdfNotice {
  line: number;
  unit: string;
  code: OdfNoticeCode;
}

/** The header of a schedule message (the OdfBody element's attributes), checked. */
export interface OdfHeader {
  type: FeedMessageType;
  version: number;
  /** CompetitionCode: OG2024, PG2024. */
  competition: string;
  /** DocumentCode: the discipline's RSC (TRI-------…). */
  document: string;
  /** Date and Time the message was produced, local where it was produced: [y, m, d], [h, min, s, ms]. */
  date: [number, number, number];
  time: [number, number, number, number];
  /** FeedFlag: P (production) or T (test: rehearsals). */
  feedFlag: 'P' | 'T';
  /** Source: the system that produced it (TRIOLY1…), when given. */
  source?: string;
}

/** One event unit as read from the message. */
export interface OdfUnit {
  line: number;
  /** The unit code (RSC), the session's ref. */
  ref: string;
  discipline: string;
  sport: string;
  /** The unit's name (ItemName, English first). */
  event: string;
  venue: string;
  location?: string;
  /** UTC instants (ISO 8601) from StartDate / EndDate and their offsets. */
  startsAt?: string;
  endsAt?: string;
  medal: boolean;
  status: SessionStatus;
  /** The ODF ScheduleStatus as sent. */
  odfStatus: string;
}

export type OdfRead =
  { ok: true; header: OdfHeader; units: OdfUnit[]; notices: OdfNotice[] } | { ok: false; issues: OdfIssue[] };
