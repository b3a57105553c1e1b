// `node --import tsx bench/startup.ts`: the JS a phone loads before "my day", and the offline warm start to "my day" (CPU 4× slower).
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { startServer } from '../tests/e2e/harness/server.ts';
import { offlinePhone, readyPhone, warmStartTimes } from './lib/phone-page.ts';
import { startupJs } from './lib/startup-js.ts';
import { round, summarize, table } from './lib/stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU_SLOWDOWN = 4;
const kb = (n: number) => round(n / 1024);

async function warmStarts(): Promise<number[]> {
  const server = await startServer({ demo: true });
  const browser = await launchChromium();
  try {
    // A creator signs in once, syncs, and the service worker takes the app: the phone is ready for the day.
    const { context, page } = await readyPhone(browser, server);

    const { throttle } = await offlinePhone(context, page, CPU_SLOWDOWN);
    // The app's own "my day" (not the copy of the last visit the page paints first).
    const times = (await warmStartTimes(page, RUNS)).map((w) => w.live);
    await throttle(1);
    return times;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const js = await startupJs(resolve('dist'));
  const sum = (chunks: { bytes: number; gzip: number }[]) =>
    chunks.reduce((t, c) => ({ bytes: t.bytes + c.bytes, gzip: t.gzip + c.gzip }), { bytes: 0, gzip: 0 });
  const critical = sum(js.critical);
  const lazy = sum(js.lazy);
  console.log(`offline warm start: ${RUNS} reloads of /me, CPU ${CPU_SLOWDOWN}x slower, no network…`);
  const times = await warmStarts();
  const start = summarize(times);

  console.log(
    '\n' +
      table(
        ['chunk (before "my day")', 'KiB', 'gzip KiB'],
        js.critical.map((c) => [c.file, kb(c.bytes), kb(c.gzip)]),
      ),
  );
  console.log(
    '\n' +
      table(
        ['figure', 'value', 'detail'],
        [
          [
            'JS before "my day" (gzip)',
            `${kb(critical.gzip)} KiB`,
            `${js.critical.length} chunks, ${kb(critical.bytes)} KiB raw`,
          ],
          ['JS loaded on demand (gzip)', `${kb(lazy.gzip)} KiB`, js.lazy.map((c) => c.file).join(', ')],
          [
            'offline warm start, p50',
            `${round(start.p50)} ms`,
            `navigation start → "my day" with its first assignment`,
          ],
          [
            'offline warm start, p95 / max',
            `${round(start.p95)} / ${round(start.max)} ms`,
            `${start.count} reloads, CPU ${CPU_SLOWDOWN}x`,
          ],
        ],
      ),
  );
  await mkdir('bench/results', { recursive: true });
  await writeFile(
    'bench/results/startup.json',
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: availableParallelism(),
        cpuSlowdown: CPU_SLOWDOWN,
        js: { critical: js.critical, lazy: js.lazy, criticalGzip: critical.gzip, lazyGzip: lazy.gzip },
        warmStartMs: { ...start, runs: times.map(round) },
      },
      null,
      2,
    ) + '\n',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
