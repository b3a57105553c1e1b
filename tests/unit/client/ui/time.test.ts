// Key-moment times in the venue's zone (Paris, Tahiti), named when the viewer's zone differs; day helpers.
import { addDays, dayIn, formatDay, formatVenueTime, offsetMinutes } from '../../../../src/client/ui/time.ts';

// The men's 100 m final: 21:50 in Saint-Denis (UTC+2 in August).
const FINAL = '2024-08-04T19:50:00.000Z';
// Surfing at Teahupo'o: 07:00 in Tahiti (UTC−10), 19:00 in Paris.
const SURF = '2024-07-27T17:00:00.000Z';

describe('formatVenueTime', () => {
  it('shows a Paris time plainly to a viewer in Paris', () => {
    expect(formatVenueTime(FINAL, 'Europe/Paris', 'fr', 'Europe/Paris')).toEqual({ time: '21:50' });
    expect(formatVenueTime(FINAL, 'Europe/Paris', 'en', 'Europe/Paris')).toEqual({ time: '9:50 PM' });
  });

  it('shows a Tahiti time in Tahiti, naming the zone for a viewer in Paris', () => {
    const fr = formatVenueTime(SURF, 'Pacific/Tahiti', 'fr', 'Europe/Paris');
    expect(fr.time).toBe('07:00');
    expect(fr.zone).toBe('UTC−10');
    const en = formatVenueTime(SURF, 'Pacific/Tahiti', 'en', 'Europe/Paris');
    expect(en.time).toBe('7:00 AM');
    expect(en.zone).toBe('GMT-10');
  });

  it('names the Paris zone for a creator whose phone is on Tahiti time', () => {
    const result = formatVenueTime(FINAL, 'Europe/Paris', 'en', 'Pacific/Tahiti');
    expect(result.time).toBe('9:50 PM');
    expect(result.zone).toBe('GMT+2');
  });

  it('does not name a different zone with the same offset (Marseille seen from Paris)', () => {
    expect(formatVenueTime(FINAL, 'Europe/Paris', 'fr', 'Europe/Berlin')).toEqual({ time: '21:50' });
  });

  it('follows summer time: Paris is UTC+2 in August and UTC+1 in winter', () => {
    expect(offsetMinutes(new Date(FINAL), 'Europe/Paris')).toBe(120);
    expect(offsetMinutes(new Date('2024-01-15T12:00:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(new Date(SURF), 'Pacific/Tahiti')).toBe(-600);
  });
});

describe('days', () => {
  it('is the calendar day in a zone, not in UTC', () => {
    // 23:30 UTC on 3 August is already 4 August in Paris, still 3 August in Tahiti.
    const late = new Date('2024-08-03T23:30:00Z');
    expect(dayIn('Europe/Paris', late)).toBe('2024-08-04');
    expect(dayIn('Pacific/Tahiti', late)).toBe('2024-08-03');
  });

  it('adds days across months', () => {
    expect(addDays('2024-07-31', 1)).toBe('2024-08-01');
    expect(addDays('2024-08-01', -1)).toBe('2024-07-31');
  });

  it('formats a day of the plan in the reader’s language', () => {
    expect(formatDay('2024-08-04', 'fr')).toBe('dimanche 4 août');
    expect(formatDay('2024-08-04', 'en')).toBe('Sunday, August 4');
  });
});
