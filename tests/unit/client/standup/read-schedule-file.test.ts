// Decoding a picked schedule file: UTF-8 (BOM or not), UTF-16 with a BOM, Windows-1252; the rest refused.
import {
  accentSample,
  decodeSchedule,
  readScheduleFile,
} from '../../../../src/client/features/standup/read-schedule-file.ts';
import { MAX_IMPORT_BYTES } from '../../../../src/shared/import/index.ts';

const TEXT = 'ref;venue\nA;Trocadéro';
const utf16 = (text: string, le: boolean) => {
  const out = [le ? 0xff : 0xfe, le ? 0xfe : 0xff];
  for (const c of text) {
    const code = c.charCodeAt(0);
    out.push(...(le ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
};

describe('decodeSchedule', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeSchedule(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decodeSchedule(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 (Excel’s "Unicode text") when it starts with a byte-order mark', () => {
    expect(decodeSchedule(utf16(TEXT, true))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
    expect(decodeSchedule(utf16(TEXT, false))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('reads Windows-1252 (Excel’s plain CSV on Windows): accented letters come out right', () => {
    const bytes = Uint8Array.from([0x41, 0x3b, 0xe9, 0xe8, 0xe7, 0x3b, 0xc9]);
    expect(decodeSchedule(bytes)).toEqual({ ok: true, text: 'A;éèç;É', encoding: 'windows-1252' });
    expect(accentSample('ref;venue\nA;Trocadéro;"Athlétisme";plain')).toBe('Trocadéro, Athlétisme');
  });

  it('never lets a C1 control character through: 0x80–0x9F read as € ’ … or the file is refused', () => {
    // Browsers map 0x92 to ’ as WHATWG says; Node 20 maps it to U+0092, and then the file is refused.
    const read = decodeSchedule(Uint8Array.from([0x41, 0x92, 0x80]));
    if (read.ok) expect(read).toEqual({ ok: true, text: 'A’€', encoding: 'windows-1252' });
    else expect(read.issue.code).toBe('notUtf8');
  });

  it('refuses UTF-16 without a mark, bytes Windows-1252 leaves undefined, empty and oversize files', () => {
    const noBom = utf16(TEXT, true).slice(2);
    expect(decodeSchedule(noBom)).toMatchObject({ ok: false, issue: { code: 'notUtf8' } });
    expect(decodeSchedule(Uint8Array.from([0x41, 0x81, 0xe9]))).toMatchObject({
      ok: false,
      issue: { code: 'notUtf8' },
    });
    expect(decodeSchedule(new Uint8Array())).toMatchObject({ ok: false, issue: { code: 'empty' } });
    expect(decodeSchedule(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({
      ok: false,
      issue: { code: 'tooLarge', params: { max: MAX_IMPORT_BYTES } },
    });
  });

  it('refuses an oversize file before reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    expect(await readScheduleFile(huge)).toMatchObject({ ok: false, issue: { code: 'tooLarge' } });
  });
});
