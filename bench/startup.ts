// `node --import tsx bench/startup.ts`: the JS a phone loads before "my day", and the offline warm start to "my day" (CPU 4× slower).
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { inviteLink } from '../tests/e2e/harness/admin.ts';
import { launchChromium, phoneContext } from '../tests/e2e/harness/browser.ts';
import { startServer } from '../tests/e2e/harness/server.ts';
import { waitForServiceWorkerControl } from '../tests/e2e/harness/service-worker.ts';
import { DEMO_IDS } from '../src/server/demo/paris2024.ts';
import { startupJs } from './lib/startup-js.ts';
import { round, summarize, table } from './lib/stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU_SLOWDOWN = 4;
const kb = (n: number) => round(n / 1024);

/** Records, in the page, when "my day" first shows an assignment (ms since navigation start). */
const MARK_MY_DAY = `
  new MutationObserver((_, observer) => {
    const h1 = document.querySelector('main h1');
    if (h1 && /My day|Ma journée/.test(h1.textContent) && document.querySelector('main article')) {
      window.__myDayAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function warmStarts(): Promise<number[]> {
  const server = await startServer({ demo: true });
  const browser = await launchChromium();
  try {
    const context = await phoneContext(browser, server.url);
    await context.addInitScript(MARK_MY_DAY);
    const page = await context.newPage();
    // A creator signs in once, syncs, and the service worker takes the app: the phone is ready for the day.
    await page.goto(await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]));
    await page.getByLabel('Device name').fill('bench phone');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('article').first().waitFor({ timeout: 60_000 });
    await page
      .getByRole('status', { name: 'Sync' })
      .filter({ hasText: 'All changes sent' })
      .waitFor({ timeout: 60_000 });
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const response = await page.reload({ waitUntil: 'load' });
      if (!response?.fromServiceWorker())
        throw new Error('the offline reload was not served by the service worker');
      await page.waitForFunction(() => '__myDayAt' in window, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => (window as unknown as { __myDayAt: number }).__myDayAt));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
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
