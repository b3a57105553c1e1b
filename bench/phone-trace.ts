// `npm run bench:phone-trace` (after a build): where a warm start and a tap spend their time on the creator's phone (CPU 4×, RATE=n), from a CDP trace.
// Prints the main thread's time by event and script, idle gaps, and (unless NO_PROFILE) sampled self time; saves both traces in the temp dir for chrome://tracing.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { startServer } from '../tests/e2e/harness/server.ts';
import { offlinePhone, readyPhone, tapToPaint, warmStart } from './lib/phone-page.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  ...(process.env.NO_PROFILE ? [] : ['disabled-by-default-v8.cpu_profiler']),
].join(',');

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Main-thread time between `from` and `to` (µs), by top-level event name and by script URL. */
function summarize(events: TraceEvent[], from: number, to: number, label: string): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return console.log('no renderer main thread');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const inRange = onMain.filter((e) => e.ts >= from && e.ts <= to);
  const by = new Map<string, number>();
  const add = (k: string, d: number) => by.set(k, (by.get(k) ?? 0) + d);
  let busy = 0;
  for (const e of inRange.filter((e) => e.name === 'RunTask')) busy += e.dur ?? 0;
  for (const e of inRange) {
    if (
      [
        'EvaluateScript',
        'v8.compile',
        'v8.compileModule',
        'v8.evaluateModule',
        'FunctionCall',
        'ParseHTML',
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'RunMicrotasks',
        'TimerFire',
        'EventDispatch',
        'FireAnimationFrame',
        'v8.parseOnBackground',
        'PrePaint',
        'Commit',
        'HitTest',
        'MajorGC',
        'MinorGC',
        'V8.GC_SCAVENGER',
        'BlinkGC.AtomicPhase',
        'ParseAuthorStyleSheet',
        'ScheduleStyleRecalculation',
      ].includes(e.name)
    ) {
      const url =
        (e.args?.data?.url as string | undefined) ?? (e.args?.data?.functionName as string | undefined) ?? '';
      add(`${e.name} ${url.replace(/^.*\/assets\//, '')}`.trim(), e.dur ?? 0);
    }
  }
  console.log(
    `\n== ${label}: ${((to - from) / 1000).toFixed(0)} ms wall, main thread busy (RunTask) ${(busy / 1000).toFixed(0)} ms`,
  );
  for (const [k, d] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(d / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  // Gaps: when the main thread was idle (waiting on IndexedDB, fetches, the worker).
  const tasks = inRange.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  let last = from;
  const gaps: string[] = [];
  for (const t of tasks) {
    if (t.ts - last > 15_000)
      gaps.push(`idle ${((t.ts - last) / 1000).toFixed(0)} ms at +${((last - from) / 1000).toFixed(0)}`);
    last = Math.max(last, t.ts + (t.dur ?? 0));
  }
  console.log(gaps.join('\n'));
  // CPU profile samples: self time by function.
  const nodes = new Map<number, { callFrame: { functionName: string; url: string; lineNumber: number } }>();
  const self = new Map<string, number>();
  for (const e of events.filter((e) => e.name === 'ProfileChunk')) {
    const data = e.args?.data as
      | {
          cpuProfile?: {
            nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
            samples?: number[];
          };
          timeDeltas?: number[];
        }
      | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const n = nodes.get(id);
      const key = n
        ? `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').replace(/^.*\/assets\//, '')}:${n.callFrame.lineNumber}`
        : String(id);
      self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0));
    });
  }
  console.log('-- self time (all threads of the profile):');
  for (const [k, d] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${(d / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

const server = await startServer({ demo: true });
const browser = await launchChromium();
try {
  const { context, page } = await readyPhone(browser, server);
  const { cdp } = await offlinePhone(context, page, Number(process.env.RATE ?? 4));
  // One warm-up reload, then the traced one.
  await warmStart(page);
  let myDayAt = 0;
  let resources: unknown[] = [];
  const warm = await trace(cdp, async () => {
    const at = await warmStart(page);
    myDayAt = at.live;
    console.log(
      `my day shown at ${at.shown.toFixed(0)} ms (the copy or the app), live at ${at.live.toFixed(0)} ms`,
    );
    console.log(
      'navigation: workerStart fetchStart requestStart responseStart responseEnd domInteractive DCL load',
      JSON.stringify(
        await page.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return [
            n.workerStart,
            n.fetchStart,
            n.requestStart,
            n.responseStart,
            n.responseEnd,
            n.domInteractive,
            n.domContentLoadedEventEnd,
            n.loadEventEnd,
          ].map(Math.round);
        }),
      ),
    );
    resources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => [r.name.replace(/^.*\//, ''), Math.round(r.startTime), Math.round(r.duration)]),
    );
  });
  // The reload's own navigationStart (Chromium also marks blank documents of other frames).
  const navTs =
    warm
      .filter((e) => e.name === 'navigationStart' && /\/me$/.test(String(e.args?.data?.documentLoaderURL)))
      .map((e) => e.ts)
      .sort((a, b) => b - a)[0] ?? 0;
  console.log(`warm start: my day at ${myDayAt.toFixed(0)} ms`);
  console.log('resources (start, duration ms):', JSON.stringify(resources));
  summarize(warm, navTs, navTs + myDayAt * 1000, 'warm start');
  await writeFile(join(tmpdir(), 'phone-warm-trace.json'), JSON.stringify({ traceEvents: warm }));
  let tapMs: number | null = null;
  // A first tap loads the write side (zod, the mutators): the traced one is the second.
  await tapToPaint(page);
  const t = await trace(cdp, async () => {
    const ms = await tapToPaint(page);
    console.log(`\ntap → paint ${ms?.paint} ms, → in the outbox and shown ${ms?.stored} ms`);
    tapMs = ms?.stored ?? null;
  });
  const start = Math.min(...t.filter((e) => e.name === 'EventDispatch').map((e) => e.ts));
  summarize(t, start, start + (tapMs ?? 0) * 1000, 'tap');
  await writeFile(join(tmpdir(), 'phone-tap-trace.json'), JSON.stringify({ traceEvents: t }));
} finally {
  await browser.close();
  await server.stop();
}
