// Reads a picked ODF schedule file (XML) as text: UTF-8 only, as ODF mandates, and no larger than a message may be.
import type { OdfIssue } from '../../../shared/import/odf/types.ts';
import { MAX_ODF_BYTES } from '../../../shared/import/odf/types.ts';

/** True when a picked file is to be read as an ODF message: an .xml name, or text that starts like XML. */
export function looksLikeOdf(name: string): boolean {
  return name.toLowerCase().endsWith('.xml');
}

/** The file's text, or the issue that stops it (tooLarge, notXml for bytes that are not UTF-8). */
export async function readOdfFile(
  file: Blob,
): Promise<{ ok: true; text: string } | { ok: false; issue: OdfIssue }> {
  if (file.size > MAX_ODF_BYTES)
    return { ok: false, issue: { line: 0, code: 'tooLarge', params: { max: MAX_ODF_BYTES } } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { ok: false, issue: { line: 0, code: 'notXml', params: { column: 0, message: 'not UTF-8' } } };
  }
}
