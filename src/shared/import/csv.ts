// The documented CSV layout of a competition schedule, parsed with papaparse (see README "Importing a schedule").
import Papa from 'papaparse';
import { validateRows } from './rows.ts';
import type { ImportContext, ImportIssue, ImportResult, RawRow } from './types.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './types.ts';

/** Columns every file must have; `edition`, `medal` and `notes` may be left out. */
export const CSV_REQUIRED = ['ref', 'sport', 'event', 'venue', 'date', 'start', 'end'] as const;
export const CSV_OPTIONAL = ['edition', 'medal', 'notes'] as const;
export const CSV_COLUMNS = [...CSV_REQUIRED, ...CSV_OPTIONAL] as const;

/** Parses and validates a CSV schedule (already decoded text); nothing is returned if any row is bad. */
export function importCsv(text: string, ctx: ImportContext): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileIssue('empty');
  if (body.length > MAX_IMPORT_BYTES) return fileIssue('tooLarge', { max: MAX_IMPORT_BYTES });
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    // "Date", " venue " and "VENUE" are the same column.
    transformHeader: (h) => h.trim().toLowerCase(),
    // Stop reading past the limit: the user is told the file is too long, not made to wait.
    preview: MAX_IMPORT_ROWS + 1,
  });
  const columns = parsed.meta.fields ?? [];
  const missing = CSV_REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((c) => ({
        row: 1,
        field: c,
        code: 'missingColumn' as const,
        params: { column: c },
      })),
    };
  }
  const issues: ImportIssue[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 2, field: '', code: 'parse', params: { message: e.message } }));
  if (issues.length > 0) return { ok: false, issues };
  // Line numbers as a spreadsheet shows them: the header is line 1.
  const rows: RawRow[] = parsed.data.map((r, i) => ({
    row: i + 2,
    edition: r.edition,
    ref: r.ref,
    sport: r.sport,
    event: r.event,
    venue: r.venue,
    date: r.date,
    start: r.start,
    end: r.end,
    medal: r.medal ?? '',
    notes: r.notes,
  }));
  return validateRows(rows, ctx);
}

function fileIssue(code: ImportIssue['code'], params?: ImportIssue['params']): ImportResult {
  return { ok: false, issues: [{ row: 0, field: '', code, ...(params ? { params } : {}) }] };
}
