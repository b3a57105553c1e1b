// The coverage CSV for the people who open it: `;` for French Excel, a BOM, formulae escaped; case export/export-from-board.csv.
import Papa from 'papaparse';
import { csvDelimiterFor, reportCsv } from '../../../../src/client/features/board/report-csv.ts';
import { textFile } from '../../../../src/client/features/board/download.ts';
import type { Edition } from '../../../../src/shared/domain/edition.ts';
import type { Side } from '../../../../src/shared/domain/index.ts';
import type { EditionCoverage } from '../../../../src/shared/domain/report.ts';
import { caseFile } from '../../shared/import-fixtures.ts';

const SIDES: Record<string, Side | 'all'> = {
  Sport: 'sport',
  Site: 'site',
  Public: 'public',
  Handicap: 'disability',
  'Toutes les images': 'all',
};
const frLabels = {
  headers: ['Édition', 'Jour', 'Côté', 'Prévues', 'Capturées', 'Manquées', 'Capturées (%)'] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ],
  edition: (e: Edition) => `${e.name} (${e.type === 'olympic' ? 'Olympiques' : 'Paralympiques'})`,
  side: (side: string) => Object.entries(SIDES).find(([, s]) => s === side)![0],
  wholeEdition: 'Toute l’édition',
};

/** The report behind the case file: its counts, edition by edition and day by day. */
function reportOf(rows: string[][]): EditionCoverage[] {
  const report: EditionCoverage[] = [];
  for (const [label, day, sideLabel, planned, captured, missed] of rows) {
    const type: Edition['type'] = label!.endsWith('(Paralympiques)') ? 'paralympic' : 'olympic';
    const name = label!.replace(/ \((Olympiques|Paralympiques)\)$/, '');
    let coverage: EditionCoverage | undefined = report.find(
      (c) => c.edition.name === name && c.edition.type === type,
    );
    if (!coverage) {
      const edition = {
        id: type,
        type,
        name,
        startDay: '2024-07-26',
        endDay: '2024-09-08',
        timeZone: 'Europe/Paris',
      };
      coverage = { edition, days: [], sides: [], images: { planned: 0, captured: 0, missed: 0 } };
      report.push(coverage);
    }
    const counts = { planned: Number(planned), captured: Number(captured), missed: Number(missed) };
    const side = SIDES[sideLabel!]!;
    const target =
      day === frLabels.wholeEdition
        ? coverage
        : (coverage.days.find((d) => d.day === day) ??
          (coverage.days.push({ day: day!, sides: [], images: { planned: 0, captured: 0, missed: 0 } }),
          coverage.days.at(-1)!));
    if (side === 'all') target.images = counts;
    else target.sides.push({ side, ...counts });
  }
  return report;
}

describe('the coverage CSV', () => {
  it('export-from-board.csv: the same cells, `;`-separated for a French screen, header in French', () => {
    const exported = Papa.parse<string[]>(
      caseFile('export', 'export-from-board.csv').replace(/^\uFEFF/, ''),
      {
        skipEmptyLines: true,
      },
    ).data;
    const [header, ...rows] = exported;
    expect(header).toEqual(frLabels.headers);
    const csv = reportCsv(reportOf(rows), frLabels, ';');
    expect(csv.split('\r\n')[0]).toBe('Édition;Jour;Côté;Prévues;Capturées;Manquées;Capturées (%)');
    expect(csv.split('\r\n')[1]).toBe('Olympic Games Paris 2024 (Olympiques);2024-07-31;Sport;3;0;0;0');
    // Parsed back as French Excel would (papaparse guesses `;`), every cell is where it was.
    const back = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(back.meta.delimiter).toBe(';');
    expect(back.data).toEqual(exported);
  });

  it('escapes cells starting with = + - @, tab or CR: an edition named =HYPERLINK(…) stays text', () => {
    const names = ['=HYPERLINK("http://evil.example","clic")', '+33 1', '-1', '@SUM(A1:A9)', '\tTab', '\rCR'];
    const report = names.map((name, i): EditionCoverage => ({
      edition: {
        id: `e${i}`,
        type: 'olympic',
        name,
        startDay: '2024-07-26',
        endDay: '2024-08-11',
        timeZone: 'Europe/Paris',
      },
      days: [],
      sides: [],
      images: { planned: 0, captured: 0, missed: 0 },
    }));
    const labels = { ...frLabels, edition: (e: Edition) => e.name, side: (s: string) => s };
    for (const delimiter of [';', ','] as const) {
      const back = Papa.parse<string[]>(reportCsv(report, labels, delimiter), {
        delimiter,
        skipEmptyLines: true,
      });
      const firstCells = back.data.slice(1).map((r) => r[0]);
      expect(new Set(firstCells)).toEqual(new Set(names.map((n) => `'${n}`)));
      // Numbers are numbers, not escaped.
      expect(back.data[1]!.slice(3)).toEqual(['0', '0', '0', '0']);
    }
  });

  it('picks `;` where numbers are written 1,5 (French, German) and `,` where they are written 1.5', () => {
    expect(['fr', 'fr-FR', 'de', 'en', 'en-GB', 'en-US'].map(csvDelimiterFor)).toEqual([
      ';',
      ';',
      ';',
      ',',
      ',',
      ',',
    ]);
  });

  it('starts the file with a UTF-8 byte-order mark, so Excel reads “Prévues” with its accent', async () => {
    const bytes = new Uint8Array(await textFile('Prévues;1').arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Prévues;1');
  });
});
