// @vitest-environment jsdom
// The locale times are written in: the app's language with the browser's region (en-GB 24 h, en-US 12 h, French 24 h), on every formatter.
import { screen } from '@testing-library/react';
import { formatWhen } from '../../../../src/client/features/audit/audit-format.ts';
import { formatInstant } from '../../../../src/client/features/team/team-format.ts';
import { formatLocale } from '../../../../src/client/i18n/format-locale.ts';
import { formatVenueDateTime } from '../../../../src/client/ui/schedule-change.ts';
import { SyncIndicator } from '../../../../src/client/ui/SyncIndicator.tsx';
import { formatClock, venueTime } from '../../../../src/client/ui/time.ts';
import { VenueTime } from '../../../../src/client/ui/VenueTime.tsx';
import { renderIn } from './render.tsx';
import { dateFormattersBuiltBy } from '../../../fakes/intl-count.ts';

// The men's 100 m final: 21:50 in Saint-Denis (UTC+2 in August).
const FINAL = '2024-08-04T19:50:00.000Z';
const TWELVE_HOUR = /\b(AM|PM)\b/i;

function browserSays(...languages: string[]) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  // As a browser does when its languages change (formatLocale keeps its answer until then).
  window.dispatchEvent(new Event('languagechange'));
}

afterEach(() => {
  vi.restoreAllMocks();
  window.dispatchEvent(new Event('languagechange'));
});

describe('formatLocale', () => {
  it('takes the region of the browser’s tag in the app’s language', () => {
    expect(formatLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(formatLocale('en', ['en-US', 'en'])).toBe('en-US');
    expect(formatLocale('fr', ['fr-CA', 'en-US'])).toBe('fr-CA');
    expect(formatLocale('en', ['fr-FR', 'en-GB'])).toBe('en-GB');
  });

  it('borrows the first region when the browser has no tag in the app’s language', () => {
    // A French browser switched to English: English words, French clock and date order.
    expect(formatLocale('en', ['fr-FR', 'fr'])).toBe('en-FR');
    expect(formatLocale('fr', ['en-US'])).toBe('fr-US');
  });

  it('falls back to the language alone (no region, no browser, a malformed tag)', () => {
    expect(formatLocale('en', ['fr'])).toBe('en');
    expect(formatLocale('fr', [])).toBe('fr');
    expect(formatLocale('en', ['not a tag!'])).toBe('en');
  });

  it('reads navigator.languages by default', () => {
    browserSays('en-GB', 'en');
    expect(formatLocale('en')).toBe('en-GB');
  });
});

describe('every formatter, in the user’s region', () => {
  const cases = [
    ['en', ['en-GB'], false],
    ['en', ['en-US'], true],
    ['en', ['fr-FR'], false],
    ['fr', ['en-US'], false],
    ['fr', ['fr-FR'], false],
  ] as const;

  it.each(cases)('%s with a browser in %j: 12-hour clock is %s', (language, browser, twelve) => {
    const locale = formatLocale(language, browser);
    const texts = [
      formatClock(FINAL, locale, 'Europe/Paris'),
      venueTime(FINAL, { timeZone: 'Europe/Paris', locale, viewerTimeZone: null }).time,
      formatVenueDateTime(FINAL, 'Europe/Paris', locale),
      formatInstant(FINAL, locale, 'Europe/Paris'),
      formatWhen(FINAL, locale, 'Europe/Paris'),
    ];
    for (const text of texts) {
      if (twelve) expect(text).toMatch(/9:50\sPM/);
      else {
        expect(text).toMatch(/21:50/);
        expect(text).not.toMatch(TWELVE_HOUR);
      }
    }
  });

  it('writes the date in the region’s order: 4 Aug (en-GB) and Aug 4 (en-US)', () => {
    expect(formatInstant(FINAL, formatLocale('en', ['en-GB']), 'Europe/Paris')).toBe('4 Aug, 21:50 (GMT+2)');
    expect(formatInstant(FINAL, formatLocale('en', ['en-US']), 'Europe/Paris')).toMatch(
      /^Aug 4, 9:50\sPM \(GMT\+2\)$/,
    );
  });

  it('keeps the cached Intl formatters: no DateTimeFormat is built on later renders', () => {
    const format = () =>
      venueTime(FINAL, {
        timeZone: 'Pacific/Tahiti',
        locale: formatLocale('en', ['en-GB', 'en']),
        planDay: '2024-08-04',
        viewerTimeZone: 'Europe/Paris',
      });
    format();
    const built = dateFormattersBuiltBy(() => {
      for (let i = 0; i < 100; i++) format();
    });
    expect(built).toBe(0);
  });
});

describe('the screens, for a British user of the English app', () => {
  it('the header’s last sync is on a 24-hour clock', () => {
    browserSays('en-GB', 'en');
    renderIn(
      'en',
      <SyncIndicator
        online
        pendingCount={0}
        lastSyncAt={FINAL}
        rejectedCount={0}
        rejectedOpen={false}
        onToggleRejected={() => {}}
      />,
    );
    const status = screen.getByRole('status', { name: 'Sync' });
    expect(status).toHaveTextContent(/Last sync \d{2}:\d{2}/);
    expect(status.textContent).not.toMatch(TWELVE_HOUR);
  });

  it('a venue time is 21:50 in en-GB and 9:50 PM in en-US', () => {
    browserSays('en-GB', 'en');
    const { unmount } = renderIn(
      'en',
      <VenueTime instant={FINAL} timeZone="Europe/Paris" planDay="2024-08-04" viewerTimeZone={null} />,
    );
    expect(screen.getByText('21:50')).toBeVisible();
    unmount();
    vi.restoreAllMocks();
    browserSays('en-US', 'en');
    renderIn(
      'en',
      <VenueTime instant={FINAL} timeZone="Europe/Paris" planDay="2024-08-04" viewerTimeZone={null} />,
    );
    expect(screen.getByText(/^9:50\sPM$/)).toBeVisible();
  });
});
