// Spreadsheet schedules (CSV: `,` `;` or tab, English or French headers), parsed with papaparse; see README "Importing a schedule".
import Papa from 'papaparse';
import { matchKey } from './names.ts';
import { validateRows } from './rows.ts';
import type { ImportContext, ImportIssue, ImportResult, RawRow } from './types.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './types.ts';

/** Columns every file must have; `edition`, `medal` and `notes` may be left out. */
export const CSV_REQUIRED = ['ref', 'sport', 'event', 'venue', 'date', 'start', 'end'] as const;
export const CSV_OPTIONAL = ['edition', 'medal', 'notes'] as const;
export const CSV_COLUMNS = [...CSV_REQUIRED, ...CSV_OPTIONAL] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Other names a header may have (compared by matchKey: case, accents, spaces and hyphens ignored). */
export const CSV_HEADER_ALIASES: Record<Column, readonly string[]> = {
  ref: ['reference', 'référence', 'id', 'code'],
  sport: ['discipline'],
  event: ['épreuve', 'événement', 'session'],
  venue: ['site', 'lieu', 'location'],
  date: ['jour', 'day'],
  start: ['début', 'heure de début', 'start time', 'begin'],
  end: ['fin', 'heure de fin', 'end time', 'finish'],
  edition: ['édition', 'games', 'jeux'],
  medal: ['médaille', 'médailles', 'medal event'],
  notes: ['note', 'remarques', 'commentaires', 'comments', 'description'],
};

const HEADER_KEYS = new Map<string, Column>(
  CSV_COLUMNS.flatMap((c) => [c, ...CSV_HEADER_ALIASES[c]].map((name) => [matchKey(name), c] as const)),
);

/** Separators a spreadsheet may save with: Excel in French saves `;`, "Unicode text" saves tabs. */
const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Parses and validates a CSV schedule (already decoded text, BOM or not); nothing is returned if any
 * row is bad. Issues name the line as a text editor counts it (the header is line 1; a quoted cell
 * spanning lines counts them all) and the column by name and letter.
 */
export function importCsv(text: string, ctx: ImportContext): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileIssue('empty');
  if (body.length > MAX_IMPORT_BYTES) return fileIssue('tooLarge', { max: MAX_IMPORT_BYTES });
  const delimiter = detectDelimiter(body);
  const records: { line: number; cells: string[] }[] = [];
  const issues: ImportIssue[] = [];
  let [offset, line] = [0, 1];
  const linebreak = /\r\n|\n/.test(body) ? '\n' : '\r';
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result, parser) => {
      const cells = result.data;
      for (const e of result.errors) {
        // No separator to guess (a file of one column, or not a schedule): papaparse reads it with
        // `,`, and the header check below names the missing columns, which says more to a planner.
        if (e.type === 'Delimiter') continue;
        issues.push(
          e.type === 'Quotes'
            ? { row: line, field: '', code: 'badQuotes' }
            : { row: line, field: '', code: 'parse', params: { message: e.message } },
        );
      }
      if (cells.some((c) => c.trim() !== '')) records.push({ line, cells });
      const end = result.meta.cursor;
      line += body.slice(offset, end).split(linebreak).length - 1;
      offset = end;
      // Stop reading past the limit: the user is told the file is too long, not made to wait.
      if (records.length > MAX_IMPORT_ROWS + 1) parser.abort();
    },
  });
  if (issues.length > 0) return { ok: false, issues };
  const [header, ...rows] = records;
  if (!header) return fileIssue('empty');
  const columns = header.cells.map((h) => HEADER_KEYS.get(matchKey(h)));
  const missing = CSV_REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((c) => ({
        row: header.line,
        field: c,
        code: 'missingColumn' as const,
        params: { column: c, found: header.cells.map((h) => h.trim()).join(', ') },
      })),
    };
  }
  const letters: Partial<Record<string, string>> = {};
  columns.forEach((c, i) => {
    if (c && !letters[c]) letters[c] = columnLetter(i);
  });
  const raw: RawRow[] = rows.map(({ line: row, cells }) => {
    const get = (c: Column) => {
      const i = columns.indexOf(c);
      return i < 0 ? undefined : (cells[i] ?? '');
    };
    return {
      row,
      columns: letters,
      edition: get('edition'),
      ref: get('ref'),
      sport: get('sport'),
      event: get('event'),
      venue: get('venue'),
      date: get('date'),
      start: get('start'),
      end: get('end'),
      medal: get('medal') ?? '',
      notes: get('notes'),
    };
  });
  return validateRows(raw, ctx);
}

/** The separator that splits the header into the most known column names (papaparse guesses on a tie). */
function detectDelimiter(body: string): string | undefined {
  let best: { delimiter?: string; known: number } = { known: 0 };
  for (const delimiter of DELIMITERS) {
    const first = Papa.parse<string[]>(body, { delimiter, preview: 1 }).data[0] ?? [];
    const known = new Set(first.map((h) => HEADER_KEYS.get(matchKey(h))).filter(Boolean)).size;
    if (known > best.known) best = { delimiter, known };
  }
  return best.delimiter;
}

/** 0 → A, 25 → Z, 26 → AA: the column as a spreadsheet labels it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function fileIssue(code: ImportIssue['code'], params?: ImportIssue['params']): ImportResult {
  return { ok: false, issues: [{ row: 0, field: '', code, ...(params ? { params } : {}) }] };
}
