// The shared formatters: the venue's clock and date beside the plan day, cached Intl formatters, units, lists.
import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from '../../../src/shared/format/intl-cache.ts';
import { formatDuration, formatList, formatRelative } from '../../../src/shared/format/units.ts';
import { dayIn, offsetMinutes, venueTime } from '../../../src/shared/format/venue-time.ts';
import { dateFormattersBuiltBy } from '../../fakes/intl-count.ts';

// The surfing final at Teahupo'o: 15:34 on 30 July in Tahiti (UTC−10) = 03:34 on 31 July in Paris.
const SURF = '2024-07-31T01:34:00.000Z';
// The men's 100 m final: 21:50 on 4 August in Saint-Denis (UTC+2).
const FINAL = '2024-08-04T19:50:00.000Z';
/** Intl separates a number from its unit with (narrow) no-break spaces: compared as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('venueTime', () => {
  it('shows the venue’s own date beside the time when it is not the plan day (Tahiti, plan of 31 July)', () => {
    expect(
      venueTime(SURF, {
        timeZone: 'Pacific/Tahiti',
        locale: 'fr',
        planDay: '2024-07-31',
        viewerTimeZone: 'Europe/Paris',
      }),
    ).toEqual({ time: '15:34', localDay: '2024-07-30', date: 'mar. 30 juil.', zone: 'UTC−10' });
    expect(
      venueTime(SURF, {
        timeZone: 'Pacific/Tahiti',
        locale: 'en',
        planDay: '2024-07-31',
        viewerTimeZone: 'Europe/Paris',
      }),
    ).toMatchObject({ time: '3:34 PM', date: 'Tue, Jul 30' });
  });

  it('adds the date for a creator on Tahiti time too, without naming the zone they are in', () => {
    expect(
      venueTime(SURF, {
        timeZone: 'Pacific/Tahiti',
        locale: 'fr',
        planDay: '2024-07-31',
        viewerTimeZone: 'Pacific/Tahiti',
      }),
    ).toEqual({ time: '15:34', localDay: '2024-07-30', date: 'mar. 30 juil.' });
  });

  it('adds nothing when the venue’s date is the plan day (Paris, Marseille)', () => {
    const paris = venueTime(FINAL, {
      timeZone: 'Europe/Paris',
      locale: 'fr',
      planDay: '2024-08-04',
      viewerTimeZone: 'Europe/Paris',
    });
    expect(paris).toEqual({ time: '21:50', localDay: '2024-08-04' });
    // Marseille has Paris's offset: never named, even to a reader whose zone is another one with that offset.
    expect(
      venueTime(FINAL, {
        timeZone: 'Europe/Paris',
        locale: 'fr',
        planDay: '2024-08-04',
        viewerTimeZone: 'Europe/Berlin',
      }),
    ).toEqual({ time: '21:50', localDay: '2024-08-04' });
  });

  it('a time after midnight in the plan of the day before carries its date (a 00:30 Paris finish)', () => {
    const late = venueTime('2024-08-04T22:30:00Z', {
      timeZone: 'Europe/Paris',
      locale: 'en-GB',
      planDay: '2024-08-04',
      viewerTimeZone: null,
    });
    expect(late).toEqual({ time: '00:30', localDay: '2024-08-05', date: 'Mon 5 Aug' });
  });

  it('never names the zone when told not to (a calendar feed), nor a date without a plan day', () => {
    expect(venueTime(SURF, { timeZone: 'Pacific/Tahiti', locale: 'fr', viewerTimeZone: null })).toEqual({
      time: '15:34',
      localDay: '2024-07-30',
    });
  });

  it('refuses what is not an instant, naming it', () => {
    expect(() => venueTime('not a date', { timeZone: 'Europe/Paris', locale: 'fr' })).toThrow(
      /not an instant: not a date/,
    );
  });

  it('reads days and offsets in the zone, summer time included', () => {
    expect(dayIn('Europe/Paris', SURF)).toBe('2024-07-31');
    expect(dayIn('Pacific/Tahiti', SURF)).toBe('2024-07-30');
    expect(offsetMinutes(FINAL, 'Europe/Paris')).toBe(120);
    expect(offsetMinutes('2024-01-15T12:00:00Z', 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(SURF, 'Pacific/Tahiti')).toBe(-600);
  });
});

describe('the formatter cache', () => {
  it('builds one Intl.DateTimeFormat per locale, zone and options, whatever the options’ order', () => {
    const a = dateTimeFormat('fr', { timeZone: 'Pacific/Tahiti', hour: '2-digit', minute: '2-digit' });
    const b = dateTimeFormat('fr', { minute: '2-digit', hour: '2-digit', timeZone: 'Pacific/Tahiti' });
    expect(b).toBe(a);
    expect(dateTimeFormat('en', { timeZone: 'Pacific/Tahiti', hour: '2-digit', minute: '2-digit' })).not.toBe(
      a,
    );
    expect(dateTimeFormat('fr', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' })).not.toBe(
      a,
    );
  });

  it('formats without building a formatter once it is cached (the screens format on every render)', () => {
    venueTime(SURF, {
      timeZone: 'Pacific/Tahiti',
      locale: 'fr',
      planDay: '2024-07-31',
      viewerTimeZone: 'Europe/Paris',
    });
    const built = dateFormattersBuiltBy(() => {
      for (let i = 0; i < 100; i++)
        venueTime(SURF, {
          timeZone: 'Pacific/Tahiti',
          locale: 'fr',
          planDay: '2024-07-31',
          viewerTimeZone: 'Europe/Paris',
        });
    });
    expect(built).toBe(0);
  });
});

describe('units and lists', () => {
  it('reads a long gap in hours and minutes, not "3350 min"', () => {
    expect(plain(formatDuration(3350, 'fr'))).toBe('55 h 50 min');
    expect(plain(formatDuration(3350, 'en'))).toBe('55 hr 50 min');
    expect(plain(formatDuration(45, 'fr'))).toBe('45 min');
    expect(plain(formatDuration(120, 'fr'))).toBe('2 h');
    expect(plain(formatDuration(0, 'en'))).toBe('0 min');
  });

  it('joins lists as each language does', () => {
    expect(plain(formatList(['Sport', 'Site', 'Public'], 'fr'))).toBe('Sport, Site et Public');
    expect(plain(formatList(['Sport', 'Site', 'Public'], 'en'))).toBe('Sport, Site, and Public');
    expect(plain(formatList(['Sport'], 'fr'))).toBe('Sport');
  });

  it('says how long ago or how soon in the largest fitting unit', () => {
    expect(plain(formatRelative(-25 * 60_000, 'fr'))).toBe('il y a 25 min');
    expect(plain(formatRelative(3 * 3_600_000, 'en'))).toBe('in 3 hr.');
    expect(plain(formatRelative(-3 * 86_400_000, 'fr'))).toBe('il y a 3 j');
  });
});
