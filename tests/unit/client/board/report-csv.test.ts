// The coverage report's CSV export, parsed back with papaparse: every edition × day × side, accents intact.
import Papa from 'papaparse';
import { reportCsv } from '../../../../src/client/features/board/report-csv.ts';
import type { Edition } from '../../../../src/shared/domain/edition.ts';
import { coverageReport } from '../../../../src/shared/domain/report.ts';
import { image, moment } from './pure.fixtures.ts';

const olympic = {
  id: 'oly',
  type: 'olympic',
  name: 'Paris 2024',
  startDay: '2024-07-26',
  endDay: '2024-08-11',
  timeZone: 'Europe/Paris',
} as Edition;

const report = coverageReport({
  editions: [olympic],
  moments: [
    moment('final', '2024-08-04T19:50:00Z', 1),
    moment('judo', '2024-08-02T16:00:00Z', 1, { day: '2024-08-02' }),
  ],
  images: [
    image('a', 'final', 'published', { sides: ['sport', 'public'] }),
    image('b', 'final', 'missed', { sides: ['site'] }),
    image('c', 'judo', 'planned', { sides: ['public'], title: 'Teddy, "the" crowd, Champ-de-Mars' }),
  ],
  assignments: [],
});

const labels = {
  headers: ['Édition', 'Jour', 'Côté', 'Prévues', 'Capturées', 'Manquées', 'Capturées (%)'] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ],
  edition: (e: Edition) => `${e.name}, olympique`,
  side: (side: string) => ({ sport: 'Sport', site: 'Site', public: 'Public', all: 'Toutes' })[side] ?? side,
  wholeEdition: 'Toute l’édition',
};

describe('reportCsv', () => {
  it('parses back to one row per day × side, then the whole edition', () => {
    const parsed = Papa.parse<Record<string, string>>(reportCsv(report, labels), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(labels.headers);
    const rows = parsed.data.map((r) => [
      r['Jour'],
      r['Côté'],
      r['Prévues'],
      r['Capturées'],
      r['Manquées'],
      r['Capturées (%)'],
    ]);
    expect(rows).toEqual([
      ['2024-08-02', 'Sport', '0', '0', '0', '0'],
      ['2024-08-02', 'Site', '0', '0', '0', '0'],
      ['2024-08-02', 'Public', '1', '0', '0', '0'],
      ['2024-08-02', 'Toutes', '1', '0', '0', '0'],
      ['2024-08-04', 'Sport', '1', '1', '0', '100'],
      ['2024-08-04', 'Site', '1', '0', '1', '0'],
      ['2024-08-04', 'Public', '1', '1', '0', '100'],
      ['2024-08-04', 'Toutes', '2', '1', '1', '50'],
      ['Toute l’édition', 'Sport', '1', '1', '0', '100'],
      ['Toute l’édition', 'Site', '1', '0', '1', '0'],
      ['Toute l’édition', 'Public', '2', '1', '0', '50'],
      ['Toute l’édition', 'Toutes', '3', '1', '1', '33'],
    ]);
    expect(new Set(parsed.data.map((r) => r['Édition']))).toEqual(new Set(['Paris 2024, olympique']));
  });

  it('quotes a field holding the delimiter or quotes, so it reads back intact', () => {
    const tricky = { ...labels, edition: () => 'Paris 2024, "Jeux" olympiques' };
    const parsed = Papa.parse<string[]>(reportCsv(report, tricky), { skipEmptyLines: true });
    expect(parsed.data[1]![0]).toBe('Paris 2024, "Jeux" olympiques');
    expect(parsed.data).toHaveLength(13);
  });
});
