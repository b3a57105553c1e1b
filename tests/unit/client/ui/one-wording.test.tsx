// @vitest-environment jsdom
// One wording per language for the same thing on every screen: why a moment matters (WhyItMatters) and
// a time at the venue with its date and zone (VenueTime and its text twin both fill `time.withDate` /
// `time.withZone`). A screen that writes its own fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { screen } from '@testing-library/react';
import { useVenueTimeText, VenueTime } from '../../../../src/client/ui/VenueTime.tsx';
import { WhyItMatters } from '../../../../src/client/ui/WhyItMatters.tsx';
import { renderIn } from './render.tsx';

/** jsdom gives import.meta.url an http scheme: the suite runs from the project's root. */
const CLIENT = join(process.cwd(), 'src/client');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Files of src/client (catalogs aside) whose text matches `pattern`, relative to src/client. */
function filesMatching(pattern: RegExp): string[] {
  return sources(CLIENT)
    .filter((file) => pattern.test(readFileSync(file, 'utf8')))
    .map((file) => relative(CLIENT, file))
    .sort();
}

describe('one place writes each of these', () => {
  it('why a moment matters: only WhyItMatters reads its catalog keys', () => {
    expect(filesMatching(/whyAthlete|whyIconic/)).toEqual(['ui/WhyItMatters.tsx']);
    // Reading the athlete's name to print it is WhyItMatters' job; the stand-up's form edits it.
    expect(filesMatching(/why\.athlete\b/)).toEqual([
      'features/audit/audit-format.ts',
      'features/standup/MomentEditor.tsx',
      'ui/WhyItMatters.tsx',
    ]);
  });

  it('a venue time with its date or zone: only VenueTime fills the templates', () => {
    expect(filesMatching(/time\.withDate|time\.withZone/)).toEqual(['ui/VenueTime.tsx']);
    // The light panel reads bare times under a heading that carries the day (its own kind).
    expect(filesMatching(/\bvenueTime\(/)).toEqual([
      'features/creator/LightPanel.tsx',
      'ui/VenueTime.tsx',
      'ui/time.ts',
    ]);
  });
});

describe('the same words on screen', () => {
  const athlete = { kind: 'athlete', athlete: 'Léon Marchand', text: 'Home pool' } as const;
  const iconic = { kind: 'iconic', text: 'The cauldron lit at dusk' } as const;

  it('says why in one form per language', () => {
    renderIn('en', <p data-testid="why">{<WhyItMatters why={athlete} />}</p>);
    expect(screen.getByTestId('why')).toHaveTextContent('Léon Marchand: a date with history. Home pool');
  });

  it.each([
    ['en', 'An iconic event of the Games: The cauldron lit at dusk'],
    ['fr', 'Une épreuve emblématique des Jeux\u202f: The cauldron lit at dusk'],
  ] as const)('%s: an iconic event', (language, text) => {
    renderIn(language, <p data-testid="why">{<WhyItMatters why={iconic} />}</p>);
    expect(screen.getByTestId('why').textContent).toBe(text);
  });

  it('French: the athlete form', () => {
    renderIn('fr', <p data-testid="why">{<WhyItMatters why={athlete} />}</p>);
    expect(screen.getByTestId('why').textContent).toBe(
      'Léon Marchand\u202f: un rendez-vous avec l’histoire. Home pool',
    );
  });

  function Both({ instant }: { instant: string }) {
    const text = useVenueTimeText()(instant, 'Pacific/Tahiti', '2024-07-31', 'Europe/Paris');
    return (
      <>
        <p data-testid="element">
          <VenueTime
            instant={instant}
            timeZone="Pacific/Tahiti"
            planDay="2024-07-31"
            viewerTimeZone="Europe/Paris"
          />
        </p>
        <p data-testid="text">{text}</p>
      </>
    );
  }

  it.each(['en', 'fr'] as const)('%s: a venue time reads the same as an element and as text', (language) => {
    // 15:34 on 30 July in Tahiti, in the plan of 31 July: the date and the zone are both said.
    renderIn(language, <Both instant="2024-07-31T01:34:00Z" />);
    // What is read out and copied: the template's words (the "local date" label aside).
    const read = screen.getByTestId('element').cloneNode(true) as HTMLElement;
    read.querySelectorAll('.visually-hidden:not(.venue-sep)').forEach((hidden) => hidden.remove());
    const text = screen.getByTestId('text').textContent!;
    expect(text).toMatch(/(15:34|3:34 PM), .*30.* \((GMT|UTC)[−-]10\)$/);
    expect(read.textContent).toBe(text);
    // What is seen: the highlighted date sets itself apart, so no comma is left after the clock.
    const seen = screen.getByTestId('element').cloneNode(true) as HTMLElement;
    seen.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    expect(seen.textContent).toMatch(/^(15:34|3:34 PM) \S/);
  });
});
