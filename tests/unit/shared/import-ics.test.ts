// iCalendar schedule import (ical.js): TZID, UTC and floating times; errors name the property.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/shared/import/ical-export.ts';
import { importCsv, importIcs, importSchedule } from '../../../src/shared/import/index.ts';
import { context, demoFile } from './import-fixtures.ts';

const cal = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', ...events, 'END:VCALENDAR'].join('\r\n');
const vevent = (props: string[]) => ['BEGIN:VEVENT', ...props, 'END:VEVENT'].join('\r\n');
const base = [
  'UID:ATH-M100-F',
  'SUMMARY:Men’s 100 m final',
  'CATEGORIES:Athletics,medal',
  'LOCATION:Stade de France',
];

describe('iCalendar import', () => {
  it('reads the demo calendar to the same sessions as the demo CSV', () => {
    const fromIcs = importSchedule('paris2024.ics', demoFile('ics'), context());
    const fromCsv = importCsv(demoFile('csv'), context());
    expect(fromIcs.ok && fromCsv.ok).toBe(true);
    if (!fromIcs.ok || !fromCsv.ok) return;
    const strip = (list: typeof fromIcs.sessions) => list.map(({ id: _id, ...s }) => s);
    expect(strip(fromIcs.sessions)).toEqual(strip(fromCsv.sessions));
  });

  it('reads TZID, UTC and floating (venue zone) times', () => {
    const text = cal(
      vevent([
        ...base,
        'DTSTART;TZID=Europe/Paris:20240804T215000',
        'DTEND;TZID=Europe/Paris:20240804T215500',
      ]),
      vevent([
        'UID:B',
        'SUMMARY:b',
        'CATEGORIES:Surfing',
        "LOCATION:Teahupo'o",
        'DTSTART:20240730T070000',
        'DTEND:20240730T080000',
      ]),
      vevent([
        'UID:C',
        'SUMMARY:c',
        'CATEGORIES:Judo',
        'LOCATION:Champ-de-Mars Arena',
        'DTSTART:20240802T080000Z',
        'DTEND:20240802T100000Z',
      ]),
    );
    const result = importIcs(text, context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sessions.map((s) => [s.ref, s.startsAt, s.medal])).toEqual([
      ['ATH-M100-F', '2024-08-04T19:50:00Z', true],
      ['B', '2024-07-30T17:00:00Z', false],
      ['C', '2024-08-02T08:00:00Z', false],
    ]);
  });

  it('names the property at fault by line and UID: unknown zone and venue; all-day and no end are notices', () => {
    const text = cal(
      vevent([...base, 'DTSTART;VALUE=DATE:20240804', 'DTEND;VALUE=DATE:20240805']),
      vevent(['UID:B', 'SUMMARY:b', 'CATEGORIES:Judo', 'LOCATION:Bercy Arena', 'DTSTART:20240802T080000Z']),
      vevent([
        'UID:C',
        'SUMMARY:c',
        'CATEGORIES:Judo',
        'LOCATION:Bercy Arena',
        'DTSTART;TZID=Mars/Olympus:20240802T080000',
        'DTEND:20240802T100000Z',
      ]),
      vevent([
        'UID:D',
        'SUMMARY:d',
        'CATEGORIES:Judo',
        'LOCATION:Atlantis',
        'DTSTART:20240802T080000Z',
        'DTEND:20240802T100000Z',
      ]),
    );
    const result = importIcs(text, context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.uid, i.field, i.code])).toEqual([
      [19, 'C', 'DTSTART', 'badTimeZone'],
      [27, 'D', 'LOCATION', 'unknownVenue'],
    ]);
    expect(result.notices?.map((n) => [n.row, n.uid, n.code])).toEqual([
      [4, 'ATH-M100-F', 'allDay'],
      [12, 'B', 'noEnd'],
    ]);
  });

  it('refuses a file that is not iCalendar, and a calendar without events', () => {
    const broken = importIcs('BEGIN:VCALENDAR\r\nthis is not a property\r\n', context());
    expect(!broken.ok && broken.issues[0]!.code).toBe('parse');
    expect(importIcs(cal(), context())).toEqual({
      ok: false,
      issues: [{ row: 0, field: '', code: 'empty' }],
    });
  });
});

describe('iCalendar export', () => {
  it('keeps each event’s time zone: parsed back with ical.js, same instants, same TZID', () => {
    const text = buildCalendar('Léa', [
      {
        uid: 'a',
        summary: '100 m',
        start: '2024-08-04T19:50:00Z',
        end: '2024-08-04T20:20:00Z',
        timeZone: 'Europe/Paris',
      },
      {
        uid: 'b',
        summary: 'Surf',
        start: '2024-07-30T17:00:00Z',
        end: '2024-07-30T18:00:00Z',
        timeZone: 'Pacific/Tahiti',
      },
    ]);
    const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.zone?.tzid, e.startDate.toJSDate().toISOString()])).toEqual([
      ['Europe/Paris', '2024-08-04T19:50:00.000Z'],
      ['Pacific/Tahiti', '2024-07-30T17:00:00.000Z'],
    ]);
    expect(events.map((e) => e.startDate.hour)).toEqual([21, 7]);
    ICAL.TimezoneService.reset();
  });
});
