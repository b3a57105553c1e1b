// Build step: writes file.br and file.gz beside each text asset of dist/, served by @fastify/static's preCompressed.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text assets worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map|ico)$/;
/** Below this a compressed copy saves less than its headers cost. */
export const MIN_BYTES = 1024;

export interface Precompressed {
  file: string;
  bytes: number;
  br: number;
  gzip: number;
}

/**
 * Compresses every text asset under `dir` at the highest levels (brotli 11, gzip 9: build time is
 * cheap, every phone downloads them), keeping a copy only when it is smaller than the original.
 * Returns what it wrote, for the build's log. The service worker's precache list is made before
 * this step, so the .br/.gz copies are never precached themselves: a phone fetches each asset once,
 * negotiated by Accept-Encoding, and the browser stores it decoded.
 */
export async function precompress(dir: string): Promise<Precompressed[]> {
  const written: Precompressed[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const raw = await readFile(file);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gzip = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) await writeFile(`${file}.br`, br);
    if (gzip.length < raw.length) await writeFile(`${file}.gz`, gzip);
    written.push({ file, bytes: raw.length, br: br.length, gzip: gzip.length });
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const done = await precompress(dir);
  const sum = (pick: (p: Precompressed) => number) => done.reduce((n, p) => n + pick(p), 0);
  console.log(
    `precompressed ${done.length} files in ${dir}: ${sum((p) => p.bytes)} bytes → ` +
      `${sum((p) => p.br)} brotli, ${sum((p) => p.gzip)} gzip`,
  );
}
