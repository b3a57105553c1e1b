// Calendar exports' time zones: Outlook/Exchange Windows names (own VTIMEZONE or CLDR mapping), Google, Apple, UTC.
import { describe, expect, it } from 'vitest';
import { importIcs } from '../../../src/shared/import/index.ts';
import { about, cal, lineOf, ok, spans, vevent, windowsVtimezone } from './ics-builders.ts';
import { context } from './import-fixtures.ts';

const at = (tzid: string, start: string, end: string) => [
  `DTSTART;TZID=${tzid}:${start}`,
  `DTEND;TZID=${tzid}:${end}`,
];

const PACIFIC = windowsVtimezone(
  'Pacific Standard Time',
  { offset: '-0800', month: 11, byday: '1SU', at: '020000' },
  { offset: '-0700', month: 3, byday: '2SU', at: '020000' },
);
const ROMANCE = windowsVtimezone(
  'Romance Standard Time',
  { offset: '+0100', month: 10, byday: '-1SU', at: '030000' },
  { offset: '+0200', month: 3, byday: '-1SU', at: '020000' },
);

describe('Outlook and Exchange: Windows zone names', () => {
  it('reads a Windows TZID through the file’s own VTIMEZONE (Pacific Standard Time in summer = UTC−7)', () => {
    const text = cal(
      ['PRODID:Microsoft Exchange Server 2010'],
      PACIFIC,
      vevent([...about('P1'), ...at('Pacific Standard Time', '20240727T100000', '20240727T113000')]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['P1', '2024-07-27T17:00:00Z', '2024-07-27T18:30:00Z'],
    ]);
  });

  it('reads a custom TZID Outlook names "Customized Time Zone" only through its VTIMEZONE', () => {
    const custom = ROMANCE.replace('TZID:Romance Standard Time', 'TZID:Customized Time Zone');
    const text = cal(
      [],
      custom,
      vevent([...about('C1'), ...at('Customized Time Zone', '20240804T215000', '20240804T220000')]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['C1', '2024-08-04T19:50:00Z', '2024-08-04T20:00:00Z'],
    ]);
  });

  it('maps Windows names without a VTIMEZONE through CLDR (windows-iana): W. Europe, Hawaiian, Pacific, Tokyo', () => {
    const text = cal(
      [],
      vevent([...about('W'), ...at('W. Europe Standard Time', '20240804T215000', '20240804T220000')]),
      vevent([...about('H'), ...at('Hawaiian Standard Time', '20240804T100000', '20240804T110000')]),
      vevent([...about('P'), ...at('Pacific Standard Time', '20240115T100000', '20240115T110000')]),
      vevent([...about('T'), ...at('Tokyo Standard Time', '20240804T100000', '20240804T110000')]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['W', '2024-08-04T19:50:00Z', '2024-08-04T20:00:00Z'],
      ['H', '2024-08-04T20:00:00Z', '2024-08-04T21:00:00Z'],
      ['P', '2024-01-15T18:00:00Z', '2024-01-15T19:00:00Z'],
      ['T', '2024-08-04T01:00:00Z', '2024-08-04T02:00:00Z'],
    ]);
  });

  it('reads the repeated hour of a VTIMEZONE’s autumn change as its first occurrence (RFC 5545 §3.3.5)', () => {
    const text = cal(
      [],
      ROMANCE,
      vevent([...about('D'), ...at('Romance Standard Time', '20241027T023000', '20241027T040000')]),
      vevent([...about('G'), ...at('Romance Standard Time', '20250330T023000', '20250330T040000')]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['D', '2024-10-27T00:30:00Z', '2024-10-27T03:00:00Z'],
      ['G', '2025-03-30T01:30:00Z', '2025-03-30T02:00:00Z'],
    ]);
  });

  it('names an unknown TZID with its event’s line, UID and property, and imports nothing', () => {
    const text = cal(
      [],
      vevent([...about('OK'), ...at('Europe/Paris', '20240804T100000', '20240804T110000')]),
      vevent([...about('MARS'), 'DTSTART;TZID=Mars Standard Time:20240804T100000', 'DTEND:20240804T110000Z']),
    );
    const r = importIcs(text, context());
    expect(!r.ok && r.issues).toEqual([
      {
        row: lineOf(text, 'MARS'),
        field: 'DTSTART',
        uid: 'MARS',
        code: 'badTimeZone',
        params: { value: 'Mars Standard Time' },
      },
    ]);
  });
});

describe('IANA, prefixed, UTC and floating times', () => {
  it('reads IANA TZIDs from the IANA database, and a /mozilla.org/…/ prefixed one', () => {
    const text = cal(
      [],
      vevent([
        ...about('NY'),
        ...at('/mozilla.org/20050126_1/America/New_York', '20240804T100000', '20240804T110000'),
      ]),
      vevent([...about('BA'), ...at('America/Argentina/Buenos_Aires', '20240804T100000', '20240804T110000')]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['NY', '2024-08-04T14:00:00Z', '2024-08-04T15:00:00Z'],
      ['BA', '2024-08-04T13:00:00Z', '2024-08-04T14:00:00Z'],
    ]);
  });

  it('Google: floating times in X-WR-TIMEZONE, UTC times as they are, a LOCATION with an address', () => {
    const text = cal(
      [
        'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
        'X-WR-TIMEZONE:Europe/Paris',
        'X-WR-CALNAME:Paris 2024',
      ],
      // A floating time at Teahupo'o in a Paris calendar is Paris time, as Google shows it.
      vevent([...about('G1', "Teahupo'o"), 'DTSTART:20240805T220000', 'DTEND:20240805T223600']),
      vevent([
        ...about('G2', 'Stade de France, 93200 Saint-Denis, France'),
        'DTSTART:20240804T195000Z',
        'DTEND:20240804T200000Z',
      ]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['G1', '2024-08-05T20:00:00Z', '2024-08-05T20:36:00Z'],
      ['G2', '2024-08-04T19:50:00Z', '2024-08-04T20:00:00Z'],
    ]);
  });

  it('without X-WR-TIMEZONE, a floating time is read at the venue (Tahiti for Teahupo’o)', () => {
    const text = cal(
      [],
      vevent([...about('F', "Teahupo'o"), 'DTSTART:20240805T100000', 'DTEND:20240805T103600']),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      ['F', '2024-08-05T20:00:00Z', '2024-08-05T20:36:00Z'],
    ]);
  });

  it('Apple: its own VTIMEZONE for Europe/Paris, UUID UIDs, X-APPLE properties', () => {
    const apple = [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Paris',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'DTSTART:19810329T020000',
      'TZNAME:UTC+2',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'DTSTART:19961027T030000',
      'TZNAME:UTC+1',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ].join('\r\n');
    const uid = '4B1E2C9A-7D3F-4E8B-9A61-2F0C5D7E8A90';
    const text = cal(
      ['PRODID:-//Apple Inc.//macOS 14.5//EN', 'CALSCALE:GREGORIAN'],
      apple,
      vevent([
        ...about(uid),
        'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
        'SEQUENCE:0',
        ...at('Europe/Paris', '20240804T215000', '20240804T220500'),
      ]),
    );
    expect(spans(ok(importIcs(text, context())))).toEqual([
      [uid, '2024-08-04T19:50:00Z', '2024-08-04T20:05:00Z'],
    ]);
  });

  it('reads several VCALENDARs in one file', () => {
    const one = cal([], vevent([...about('A'), 'DTSTART:20240804T080000Z', 'DTEND:20240804T090000Z']));
    const two = cal([], vevent([...about('B'), 'DTSTART:20240805T080000Z', 'DTEND:20240805T090000Z']));
    expect(ok(importIcs(`${one}\r\n${two}`, context())).sessions.map((s) => s.ref)).toEqual(['A', 'B']);
  });
});

describe('X-WR-TIMEZONE', () => {
  it('is named when unknown and a floating time needs it, ignored when every time is UTC', () => {
    const head = ['X-WR-TIMEZONE:Mars/Olympus'];
    const floating = cal(head, vevent([...about('F'), 'DTSTART:20240804T100000', 'DTEND:20240804T110000']));
    expect(importIcs(floating, context())).toMatchObject({
      ok: false,
      issues: [{ row: 0, field: 'X-WR-TIMEZONE', code: 'badTimeZone', params: { value: 'Mars/Olympus' } }],
    });
    const utc = cal(head, vevent([...about('U'), 'DTSTART:20240804T100000Z', 'DTEND:20240804T110000Z']));
    expect(ok(importIcs(utc, context())).sessions.map((s) => s.startsAt)).toEqual(['2024-08-04T10:00:00Z']);
  });
});
