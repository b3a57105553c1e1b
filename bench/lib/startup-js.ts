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
  /** Loaded before the first screen: the entry and everything it imports statically. */
  critical: ChunkSize[];
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
  // Lazy chunks and what they import that the first screen did not already load.
  const lazy = new Set<string>();
  const lazyQueue = [...dynamic].filter((f) => !critical.has(f));
  while (lazyQueue.length) {
    const file = lazyQueue.pop()!;
    if (lazy.has(file) || critical.has(file)) continue;
    lazy.add(file);
    lazyQueue.push(...staticImports(await readFile(join(assets, file), 'utf8')));
  }
  return {
    critical: await Promise.all([...critical].sort().map((f) => size(assets, f))),
    lazy: await Promise.all([...lazy].sort().map((f) => size(assets, f))),
  };
}
