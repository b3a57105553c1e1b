// Reads a chosen schedule file's bytes as text: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1252; refuses the rest.
import type { ImportIssue } from '../../../shared/import/types.ts';
import { MAX_IMPORT_BYTES } from '../../../shared/import/types.ts';

/** How the bytes were read: Excel's "CSV UTF-8", "Unicode text" (UTF-16) or plain "CSV" on Windows (1252). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type FileText = { ok: true; text: string; encoding: Encoding } | { ok: false; issue: ImportIssue };

const refuse = (code: ImportIssue['code'], params?: ImportIssue['params']): FileText => ({
  ok: false,
  issue: { row: 0, field: '', code, ...(params ? { params } : {}) },
});

/**
 * Decodes a schedule file: a UTF-16 byte-order mark selects UTF-16; otherwise strict UTF-8; bytes
 * that are not UTF-8 are read as Windows-1252 (what Excel's plain "CSV" writes on a French or
 * English Windows), unless they hold bytes Windows-1252 leaves undefined or NULs (UTF-16 without
 * a mark, binary files): those are refused with `notUtf8`, never read as mojibake.
 */
export function decodeSchedule(bytes: Uint8Array): FileText {
  if (bytes.byteLength === 0) return refuse('empty');
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuse('tooLarge', { max: MAX_IMPORT_BYTES });
  const [b0, b1] = [bytes[0], bytes[1]];
  if (b0 === 0xff && b1 === 0xfe) return decoded(bytes, 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decoded(bytes, 'utf-16be');
  const utf8 = decoded(bytes, 'utf-8');
  if (utf8.ok || utf8.issue.code !== 'notUtf8') return utf8;
  const latin = decoded(bytes, 'windows-1252');
  // 0x81, 0x8D, 0x8F, 0x90, 0x9D have no character in Windows-1252: the file is something else.
  return latin.ok && /[\u0080-\u009F]/u.test(latin.text) ? refuse('notUtf8') : latin;
}

function decoded(bytes: Uint8Array, encoding: Encoding): FileText {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // UTF-16 without a byte-order mark decodes "successfully" as UTF-8 full of NULs.
    if (text.includes('\u0000')) return refuse('notUtf8');
    return { ok: true, text, encoding };
  } catch {
    return refuse('notUtf8');
  }
}

/** Reads a picked file (Blob) with {@link decodeSchedule}; an oversize file is refused before reading. */
export async function readScheduleFile(file: Blob): Promise<FileText> {
  if (file.size > MAX_IMPORT_BYTES) return refuse('tooLarge', { max: MAX_IMPORT_BYTES });
  return decodeSchedule(new Uint8Array(await file.arrayBuffer()));
}

/** A few words of a Windows-1252 file with accents, for the planner to check they read right. */
export function accentSample(text: string): string {
  const words = text.match(/[^\s,;"]*[^\p{ASCII}][^\s,;"]*/gu) ?? [];
  return [...new Set(words)].slice(0, 3).join(', ');
}
