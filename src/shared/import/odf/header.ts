// The header of an ODF message (OdfBody's attributes): which message, which version, produced when.
import { FeedMessageType } from '../../domain/schedule.ts';
import type { OdfHeader, OdfIssue } from './types.ts';
import type { XmlElement } from './xml.ts';

/**
 * Checks the OdfBody element of a schedule message (ODF Foundation Principles, "ODF Header"):
 * DocumentType must be DT_SCHEDULE or DT_SCHEDULE_UPDATE (`wrongType` otherwise, naming it);
 * CompetitionCode, DocumentCode, Version (a positive integer), Date (YYYY-MM-DD), Time
 * (HHMMSS and milliseconds, 9 digits) and FeedFlag (P or T) are required; Source is kept when given.
 */
export function readHeader(body: XmlElement, issues: OdfIssue[]): OdfHeader | undefined {
  const at = body.attributes;
  const fail = (attribute: string, code: OdfIssue['code'], params?: OdfIssue['params']) =>
    issues.push({ line: body.line, attribute, code, ...(params ? { params } : {}) });
  const required = (name: string): string | undefined => {
    const value = at[name]?.trim();
    if (!value) fail(name, 'missingAttribute');
    return value || undefined;
  };
  const typeText = required('DocumentType');
  const type = typeText === undefined ? undefined : FeedMessageType.safeParse(typeText).data;
  if (typeText !== undefined && !type) fail('DocumentType', 'wrongType', { type: typeText.slice(0, 40) });
  const competition = required('CompetitionCode');
  const document = required('DocumentCode');
  const versionText = required('Version');
  const version = versionText === undefined ? undefined : positiveInteger(versionText);
  if (versionText !== undefined && version === undefined) bad(fail, 'Version', versionText);
  const dateText = required('Date');
  const date = dateText === undefined ? undefined : readDate(dateText);
  if (dateText !== undefined && !date) bad(fail, 'Date', dateText);
  const timeText = required('Time');
  const time = timeText === undefined ? undefined : readTime(timeText);
  if (timeText !== undefined && !time) bad(fail, 'Time', timeText);
  const flag = required('FeedFlag');
  if (flag !== undefined && flag !== 'P' && flag !== 'T') bad(fail, 'FeedFlag', flag);
  if (!type || !competition || !document || !version || !date || !time || (flag !== 'P' && flag !== 'T'))
    return undefined;
  const source = at.Source?.trim();
  return {
    type,
    version,
    competition: competition.slice(0, 15),
    document: document.slice(0, 40),
    date,
    time,
    feedFlag: flag,
    ...(source ? { source: source.slice(0, 40) } : {}),
  };
}

function bad(
  fail: (a: string, c: OdfIssue['code'], p?: OdfIssue['params']) => void,
  name: string,
  value: string,
) {
  fail(name, 'badAttribute', { value: value.slice(0, 60) });
}

/** "1" … "2147483647": ODF versions are positive integers. */
function positiveInteger(text: string): number | undefined {
  if (!isDigits(text) || text.startsWith('0') || text.length > 10) return undefined;
  const n = Number(text);
  return n <= 2_147_483_647 ? n : undefined;
}

/** YYYY-MM-DD, a real day of the calendar. */
export function readDate(text: string): [number, number, number] | undefined {
  const [y, m, d, ...rest] = text.split('-');
  if (rest.length || y?.length !== 4 || m?.length !== 2 || d?.length !== 2) return undefined;
  if (!isDigits(y) || !isDigits(m) || !isDigits(d)) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return [Number(y), Number(m), Number(d)];
}

/** HHMMSSmmm (ODF: "time up to milliseconds"), e.g. 084527763. */
function readTime(text: string): [number, number, number, number] | undefined {
  if (text.length !== 9 || !isDigits(text)) return undefined;
  const [h, min, s, ms] = [text.slice(0, 2), text.slice(2, 4), text.slice(4, 6), text.slice(6)].map(Number);
  if (h! > 23 || min! > 59 || s! > 59) return undefined;
  return [h!, min!, s!, ms!];
}

function isDigits(text: string): boolean {
  return text.length > 0 && [...text].every((c) => c >= '0' && c <= '9');
}
