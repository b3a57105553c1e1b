// Small iCalendar texts for the import tests: events, calendars, and the VTIMEZONEs Outlook and Apple write.
import type { ImportResult, ImportSuccess } from '../../../src/shared/import/index.ts';

/** A VCALENDAR around components, CRLF lines as RFC 5545 wants. */
export const cal = (head: string[], ...parts: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...head, ...parts, 'END:VCALENDAR'].join('\r\n');

export const vevent = (props: string[]) => ['BEGIN:VEVENT', ...props, 'END:VEVENT'].join('\r\n');

/** The required properties of a session event at a venue. */
export const about = (uid: string, location = 'Stade de France', summary = 'Heat') => [
  `UID:${uid}`,
  'DTSTAMP:20240701T090000Z',
  `SUMMARY:${summary}`,
  'CATEGORIES:Athletics',
  `LOCATION:${location}`,
];

/** A Windows-style VTIMEZONE with yearly rules, as Outlook/Exchange write them (from 1601). */
export function windowsVtimezone(
  tzid: string,
  standard: { offset: string; month: number; byday: string; at: string },
  daylight?: { offset: string; month: number; byday: string; at: string },
): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tzid}`, 'BEGIN:STANDARD', `DTSTART:16010101T${standard.at}`];
  lines.push(`TZOFFSETFROM:${daylight?.offset ?? standard.offset}`, `TZOFFSETTO:${standard.offset}`);
  if (daylight) lines.push(`RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=${standard.byday};BYMONTH=${standard.month}`);
  lines.push('END:STANDARD');
  if (daylight)
    lines.push(
      'BEGIN:DAYLIGHT',
      `DTSTART:16010101T${daylight.at}`,
      `TZOFFSETFROM:${standard.offset}`,
      `TZOFFSETTO:${daylight.offset}`,
      `RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=${daylight.byday};BYMONTH=${daylight.month}`,
      'END:DAYLIGHT',
    );
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/** The line of the BEGIN:VEVENT holding the nth `UID:<uid>` (the line an issue names). */
export function lineOf(text: string, uid: string, nth = 1): number {
  const lines = text.split('\r\n');
  let at = -1;
  for (let n = 0; n < nth; n++) at = lines.indexOf(`UID:${uid}`, at + 1);
  return lines.lastIndexOf('BEGIN:VEVENT', at) + 1;
}

export function ok(result: ImportResult): ImportSuccess {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result;
}

export const spans = (r: ImportSuccess) => r.sessions.map((s) => [s.ref, s.startsAt, s.endsAt]);
