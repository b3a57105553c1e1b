// Reads a chosen schedule file as UTF-8, refusing other encodings and oversize files before parsing.
import type { ImportIssue } from '../../../shared/import/index.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/import/index.ts';

export type FileText = { ok: true; text: string } | { ok: false; issue: ImportIssue };

/** A Latin-1 or UTF-16 export read as UTF-8 would put mojibake in every name: refuse it instead. */
export function decodeSchedule(bytes: Uint8Array): FileText {
  if (bytes.byteLength === 0) return { ok: false, issue: { row: 0, field: '', code: 'empty' } };
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { ok: false, issue: { row: 0, field: '', code: 'tooLarge', params: { max: MAX_IMPORT_BYTES } } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // UTF-16 decodes "successfully" as UTF-8 full of NULs.
    if (text.includes('\u0000')) return { ok: false, issue: { row: 0, field: '', code: 'notUtf8' } };
    return { ok: true, text };
  } catch {
    return { ok: false, issue: { row: 0, field: '', code: 'notUtf8' } };
  }
}

export async function readScheduleFile(file: Blob): Promise<FileText> {
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, issue: { row: 0, field: '', code: 'tooLarge', params: { max: MAX_IMPORT_BYTES } } };
  return decodeSchedule(new Uint8Array(await file.arrayBuffer()));
}
