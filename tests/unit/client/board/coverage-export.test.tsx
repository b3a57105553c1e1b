// @vitest-environment jsdom
// The export control of the coverage report: `;` on a French screen, `,` in English, or the separator the user picks.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { CoverageReport } from '../../../../src/client/features/board/CoverageReport.tsx';
import type { Language } from '../../../../src/client/i18n/index.ts';
import type { Edition } from '../../../../src/shared/domain/index.ts';
import { renderIn } from '../ui/render.tsx';
import { image, moment } from './pure.fixtures.ts';

const edition = {
  id: 'oly',
  type: 'olympic',
  name: '=HYPERLINK("http://evil.example","Paris 2024")',
  startDay: '2024-07-26',
  endDay: '2024-08-11',
  timeZone: 'Europe/Paris',
} as Edition;

async function exported(language: Language, separator?: string): Promise<string> {
  renderIn(
    language,
    <CoverageReport
      input={{
        editions: [edition],
        moments: [moment('final', '2024-08-04T19:50:00Z', 1)],
        images: [image('a', 'final', 'planned', { sides: ['sport', 'site'] })],
        assignments: [],
      }}
      venues={[]}
      members={[]}
    />,
  );
  const blobs: Blob[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => {} });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const report = screen.getByRole('region');
  if (separator)
    await userEvent.selectOptions(within(report).getByRole('combobox', { name: /CSV/ }), separator);
  await userEvent.click(within(report).getByRole('button', { name: /CSV/ }));
  click.mockRestore();
  const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.slice(3));
}

describe('the coverage report’s export', () => {
  it('writes `;` when the screen is French, the formula-like edition name escaped', async () => {
    const text = await exported('fr');
    expect(text.split('\r\n')[0]).toBe('Édition;Jour;Côté;Prévues;Capturées;Manquées;Capturées (%)');
    const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[1]).toEqual([`'${edition.name} (Olympiques)`, '2024-08-04', 'Sport', '1', '0', '0', '0']);
  });

  it('writes `,` in English, and `;` when the user picks it', async () => {
    expect((await exported('en')).split('\r\n')[0]).toBe(
      'Edition,Day,Side,Planned,Captured,Missed,Captured (%)',
    );
    cleanup();
    expect((await exported('en', ';')).split('\r\n')[0]).toBe(
      'Edition;Day;Side;Planned;Captured;Missed;Captured (%)',
    );
  });
});
