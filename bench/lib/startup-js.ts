// The JavaScript a phone must load before "my day" shows: the entry chunk and its static imports, gzip sizes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface StartupJs {
  /**
   * Loaded before the first screen: the entry and everything it imports statically, plus the
   * active language's start catalog (fetched before the first render; the larger of en/fr counts).
   */
  critical: ChunkSize[];
  /** The language of the catalog counted in `critical` (the larger one), when the build splits them. */
  language?: string;
  /** Loaded later, on demand (dynamic import()): the map, other screens' lazy parts. */
  lazy: ChunkSize[];
}

/** `import{a}from"./x.js"` and `import"./y.js"` (static), not `import("./z.js")` (dynamic). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!.slice(2));
}

/** `import("./z.js")` or import(`./z.js`), as the bundler writes lazy chunks. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!.slice(2));
}

async function size(dir: string, file: string): Promise<ChunkSize> {
  const bytes = await readFile(join(dir, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** A language's start catalog as the bundler names it: `en-<hash>.js`, `fr-<hash>.js`. */
const LANGUAGE_CHUNK = /^(en|fr)-[\w-]+\.js$/;

/** `file` and what it imports statically, leaving out what `known` already holds. */
async function closureOf(assets: string, file: string, known: Set<string>): Promise<string[]> {
  const out = new Set<string>();
  const queue = [file];
  while (queue.length) {
    const f = queue.pop()!;
    if (out.has(f) || known.has(f)) continue;
    out.add(f);
    queue.push(...staticImports(await readFile(join(assets, f), 'utf8')));
  }
  return [...out];
}

/** Walks the built app (dist/) from index.html's module script. */
export async function startupJs(distDir: string): Promise<StartupJs> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${distDir}/index.html: run npm run build`);
  const assets = join(distDir, 'assets');
  const critical = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [entry.replace(/^assets\//, '')];
  while (queue.length) {
    const file = queue.pop()!;
    if (critical.has(file)) continue;
    critical.add(file);
    const code = await readFile(join(assets, file), 'utf8');
    queue.push(...staticImports(code));
    dynamicImports(code).forEach((d) => dynamic.add(d));
  }
  // The start catalog of ONE language loads before the first render (src/client/i18n/app.ts):
  // count the larger language's chunk and what it imports, so either language fits the budget.
  let language: string | undefined;
  let languageFiles: string[] = [];
  let languageGzip = -1;
  for (const file of [...dynamic].filter((f) => LANGUAGE_CHUNK.test(f))) {
    const closure = await closureOf(assets, file, critical);
    const gzip = (await Promise.all(closure.map((f) => size(assets, f)))).reduce((t, c) => t + c.gzip, 0);
    if (gzip > languageGzip)
      [language, languageFiles, languageGzip] = [LANGUAGE_CHUNK.exec(file)![1], closure, gzip];
  }
  for (const file of languageFiles) {
    critical.add(file);
    dynamic.delete(file);
  }
  for (const file of [...dynamic].filter((f) => LANGUAGE_CHUNK.test(f))) dynamic.delete(file);
  // Lazy chunks and what they import that the first screen did not already load.
  const lazy = new Set<string>();
  const lazyQueue = [...dynamic].filter((f) => !critical.has(f));
  while (lazyQueue.length) {
    const file = lazyQueue.pop()!;
    if (lazy.has(file) || critical.has(file)) continue;
    lazy.add(file);
    lazyQueue.push(...staticImports(await readFile(join(assets, file), 'utf8')));
  }
  // Classic scripts of index.html (the copy of "my day", public/my-day-snapshot.js) run first of all.
  const classic = [...html.matchAll(/<script(?![^>]*type="module")[^>]*\ssrc="\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  return {
    language,
    critical: [
      ...(await Promise.all(classic.map((f) => size(distDir, f)))),
      ...(await Promise.all([...critical].sort().map((f) => size(assets, f)))),
    ],
    lazy: await Promise.all([...lazy].sort().map((f) => size(assets, f))),
  };
}
