// The coverage report as CSV (papaparse): one row per edition × day × side, for the spreadsheet of the reader's locale.
import Papa from 'papaparse';
import type { Edition } from '../../../shared/domain/edition.ts';
import type { EditionCoverage } from '../../../shared/domain/report.ts';
import { capturedShare } from '../../../shared/domain/report.ts';

export interface CsvLabels {
  /** Column headers, in the UI's language. */
  headers: [
    edition: string,
    day: string,
    side: string,
    planned: string,
    captured: string,
    missed: string,
    share: string,
  ];
  /** The side names, plus `all` for the row that counts each image once. */
  side(side: string): string;
  /** How an edition is named in the first column (both editions of Paris 2024 share a name). */
  edition(edition: Edition): string;
  /** "Whole edition" in the day column of the edition's totals. */
  wholeEdition: string;
}

/** What separates cells: Excel reads `;` where the decimal mark is a comma (French), `,` elsewhere. */
export type CsvDelimiter = ',' | ';';

/**
 * The separator a spreadsheet in `locale` opens in columns: `;` where numbers are written 1,5
 * (Excel's list separator in French, German… regional settings), `,` where they are written 1.5.
 */
export function csvDelimiterFor(locale: string): CsvDelimiter {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}

/**
 * CSV text, with a header row; percentages are whole numbers so spreadsheets need no locale.
 * A cell starting with = + - @ (or a tab or CR) is written with a leading ' (papaparse's
 * escapeFormulae), so a name such as "=HYPERLINK(…)" stays text and never runs as a formula.
 */
export function reportCsv(
  report: readonly EditionCoverage[],
  labels: CsvLabels,
  delimiter: CsvDelimiter = ',',
): string {
  const rows: (string | number)[][] = [];
  for (const { edition, days, sides, images } of report) {
    const lines = [...days, { day: labels.wholeEdition, sides, images }];
    for (const { day, sides: daySides, images: counts } of lines) {
      for (const c of [...daySides, { side: 'all', ...counts }]) {
        rows.push([
          labels.edition(edition),
          day,
          labels.side(c.side),
          c.planned,
          c.captured,
          c.missed,
          Math.round(capturedShare(c) * 100),
        ]);
      }
    }
  }
  return Papa.unparse(
    { fields: labels.headers, data: rows },
    { delimiter, escapeFormulae: true, newline: '\r\n' },
  );
}
