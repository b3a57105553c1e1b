// `npm run bench:phone`: the creator's phone at the limit (issue #14): JS before "my day", warm start, tap → paint, day view, first sync.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { DEMO_IDS } from '../src/server/demo/paris2024.ts';
import { createDexieStore } from '../src/client/storage/dexie.ts';
import type { LiveLocalStore } from '../src/client/storage/table-store.ts';
import { buildMyDay, defaultMyDay, myDays } from '../src/client/features/creator/my-day.ts';
import type { Actor } from '../src/shared/mutations/types.ts';
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { startServer } from '../tests/e2e/harness/server.ts';
import { offlinePhone, readyPhone, tapToPaint, warmStartTimes } from './lib/phone-page.ts';
import { startupJs } from './lib/startup-js.ts';
import { round, summarize, table } from './lib/stats.ts';
import { asFirstPull, wholeGames } from './lib/whole-games.ts';
import { lighthouseScores } from './lib/lighthouse.ts';
import { dayView } from './phone/day-view.ts';
import { wholeGamesInOwnChromium } from './phone/whole-games-chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DAY_VIEW_RUNS = Number(process.env.BENCH_DAY_VIEW_RUNS ?? 15);

interface BrowserFigures {
  warmStart: number[];
  warmStartLive: number[];
  tap1x: number[];
  tap4x: number[];
  stored1x: number[];
  stored4x: number[];
  idbBytes: number | null;
}

async function inBrowser(): Promise<BrowserFigures> {
  const server = await startServer({ demo: true });
  const browser = await launchChromium();
  try {
    // A creator signs in once, syncs, and the service worker takes the app: the phone is ready for the day.
    const { context, page } = await readyPhone(browser, server);
    const idbBytes = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? null);

    const { throttle } = await offlinePhone(context, page, 4);
    const starts = await warmStartTimes(page, RUNS);
    const warmStart = starts.map((w) => w.shown);
    const warmStartLive = starts.map((w) => w.live);
    // Taps offline (they wait in the outbox), alternating 1× and 4×, until no image can move.
    const tap1x: number[] = [];
    const tap4x: number[] = [];
    const stored1x: number[] = [];
    const stored4x: number[] = [];
    // Théo's first day has few images: the next days' are tapped too (the day picker's "Next day").
    const nextDay = page.getByRole('button', { name: 'Next day' });
    for (let i = 0; ; i++) {
      await throttle(i % 2 === 0 ? 1 : 4);
      let ms = await tapToPaint(page);
      while (ms === null && (await nextDay.isEnabled())) {
        await throttle(1);
        const heading = await page.locator('main article h2').first().textContent();
        await nextDay.click();
        await page.waitForFunction(
          (h) => document.querySelector('main article h2')?.textContent !== h,
          heading,
        );
        await throttle(i % 2 === 0 ? 1 : 4);
        ms = await tapToPaint(page);
      }
      if (ms === null) break;
      (i % 2 === 0 ? tap1x : tap4x).push(ms.paint);
      (i % 2 === 0 ? stored1x : stored4x).push(ms.stored);
    }
    await throttle(1);
    return { warmStart, warmStartLive, tap1x, tap4x, stored1x, stored4x, idbBytes };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** "My day" as main read it before issue #14: seven whole kinds, then the outbox, then build. */
async function dayViewWholeKinds(store: LiveLocalStore, actor: Actor, today: string) {
  const [editions, moments, venues, spots, access, assignments, signatures, pending, rejections] =
    await Promise.all([
      store.list('edition'),
      store.list('moment'),
      store.list('venue'),
      store.list('spot'),
      store.list('access'),
      store.list('assignment'),
      store.list('signature'),
      store.pending(10_000),
      store.rejections(),
    ]);
  const waiting = pending.map((m) => (m.args as { id?: unknown }).id).filter((id) => typeof id === 'string');
  const data = { editions, moments, venues, spots, access, assignments, signatures, waiting, rejections };
  const day = defaultMyDay(myDays(data, actor.memberId), today);
  return day ? buildMyDay(day, actor, data) : [];
}

interface StoreFigures {
  counts: Record<string, number>;
  firstSyncMs: number;
  before: ReturnType<typeof summarize>;
  after: ReturnType<typeof summarize>;
  same: boolean;
}

/** First sync into IndexedDB (fake-indexeddb in Node) and the day view, before/after, alternated. */
async function inStore(
  name: string,
  set: Awaited<ReturnType<typeof wholeGames>>,
  actor: Actor,
): Promise<StoreFigures> {
  const store = createDexieStore({ name: `bench-phone-${name}-${Date.now()}`, indexedDB, IDBKeyRange });
  const pull = asFirstPull(set.tx);
  const start = performance.now();
  await store.applyPull(pull, { memberId: DEMO_IDS.members.plannerClaire, role: 'planner' });
  const firstSyncMs = performance.now() - start;
  const moments = await store.list('moment');
  const mine = new Set(
    (await store.listWhere('assignment', 'memberId', [actor.memberId])).map((a) => a.momentId),
  );
  const days = [...new Set(moments.filter((m) => mine.has(m.id)).map((m) => m.day))].sort();
  const today = days[Math.floor(days.length / 2)] ?? '2024-08-04';
  const before: number[] = [];
  const after: number[] = [];
  let same = true;
  for (let i = 0; i < DAY_VIEW_RUNS; i++) {
    let t = performance.now();
    const a = await dayViewWholeKinds(store, actor, today);
    before.push(performance.now() - t);
    t = performance.now();
    const b = await dayView(store, actor, today);
    after.push(performance.now() - t);
    same &&= JSON.stringify(a) === JSON.stringify(b);
  }
  await store.close();
  return { counts: set.counts, firstSyncMs, before: summarize(before), after: summarize(after), same };
}

async function main(): Promise<void> {
  const load = loadavg()[0]!;
  const js = await startupJs(resolve('dist'));
  const initialGzip = js.critical.reduce((t, c) => t + c.gzip, 0);
  console.log(`load average ${load.toFixed(2)} on ${availableParallelism()} CPUs; building the data sets…`);
  const theo: Actor = { memberId: DEMO_IDS.members.creatorTheo, role: 'creator' };
  const demo = await inStore(
    'demo',
    await wholeGames({ moments: 0, members: 0, statusEvents: 0, sessions: 0 }),
    theo,
  );
  const games = await wholeGames();
  const whole = await inStore('games', games, games.creator);
  if (process.env.BENCH_STORE_ONLY) {
    // Only the storage figures (no browser), e.g. to compare the day view after a storage change.
    for (const [name, f] of [
      ['demo', demo],
      ['whole Games', whole],
    ] as const)
      console.log(
        `${name}: day view ${round(f.before.p50)} → ${round(f.after.p50)} ms (same: ${f.same}), first sync ${round(f.firstSyncMs)} ms`,
      );
    return;
  }
  console.log('in Chromium: warm starts and taps (CPU 4× through CDP)…');
  const b = await inBrowser();
  const chromiumGames = await wholeGamesInOwnChromium();
  const lighthouse = await lighthouseScores();
  const warm = summarize(b.warmStart);
  const warmLive = summarize(b.warmStartLive);
  const t1 = summarize(b.tap1x);
  const t4 = summarize(b.tap4x);
  const s1 = summarize(b.stored1x);
  const s4 = summarize(b.stored4x);
  const ms = (s: ReturnType<typeof summarize>) => `${round(s.p50)} / ${round(s.p95)} ms`;
  console.log(
    '\n' +
      table(
        ['figure', 'value', 'detail'],
        [
          [
            'JS before "my day" (gzip)',
            `${round(initialGzip / 1000)} kB`,
            `${js.critical.length} chunks, ${js.language ?? '?'} catalog counted`,
          ],
          ['offline warm start, CPU 4× (p50 / p95)', ms(warm), `${warm.count} reloads of /me: day shown`],
          ['offline warm start to the live app, 4×', ms(warmLive), "the app's own my day (tappable)"],
          ['tap → paint, 1× (p50 / p95)', ms(t1), `${t1.count} taps`],
          ['tap → paint, 4× (p50 / p95)', ms(t4), `${t4.count} taps`],
          ['tap → in the outbox and shown, 1× (p50 / p95)', ms(s1), '"Waiting on this phone"'],
          ['tap → in the outbox and shown, 4× (p50 / p95)', ms(s4), '"Waiting on this phone"'],
          [
            'day view, demo: whole kinds → indexes (p50)',
            `${round(demo.before.p50)} → ${round(demo.after.p50)} ms`,
            `same items: ${demo.same}`,
          ],
          [
            'day view, whole Games: whole kinds → indexes (p50)',
            `${round(whole.before.p50)} → ${round(whole.after.p50)} ms`,
            `same items: ${whole.same}`,
          ],
          [
            'first sync of a whole Games (applyPull)',
            `${round(whole.firstSyncMs)} ms`,
            `${Object.values(games.counts).reduce((a, n) => a + n, 0) - games.counts.statusEvents!} rows, fake-indexeddb`,
          ],
          [
            'IndexedDB used, demo (Chromium)',
            b.idbBytes === null ? 'n/a' : `${round(b.idbBytes / 1024)} KiB`,
            'navigator.storage.estimate()',
          ],
          [
            'Lighthouse mobile (performance)',
            lighthouse.note ?? `/signin ${lighthouse.signin}, /me ${lighthouse.me ?? 'n/a'}`,
            '',
          ],
        ],
      ),
  );
  await mkdir('bench/results', { recursive: true });
  const p = (s: ReturnType<typeof summarize>) => ({ p50: round(s.p50), p95: round(s.p95) });
  await writeFile(
    'bench/results/phone.json',
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: availableParallelism(),
        loadAverage: round(load),
        initialJsGzipKB: round(initialGzip / 1000),
        warmStartMs: p(warm),
        warmStartLiveMs: p(warmLive),
        tapToPaintMs: { '1x': p(t1), '4x': p(t4) },
        tapToStoredMs: { '1x': p(s1), '4x': p(s4) },
        dayViewMs: { demo: round(demo.after.p50), wholeGames: round(whole.after.p50) },
        dayViewWholeKindsMs: { demo: round(demo.before.p50), wholeGames: round(whole.before.p50) },
        firstSyncWholeGamesMs: round(whole.firstSyncMs),
        idbBytesWholeGames: chromiumGames.idbBytes,
        firstSyncWholeGamesChromiumMs: chromiumGames.firstSyncMs,
        idbBytesDemo: b.idbBytes,
        lighthouse: { me: lighthouse.me ?? null, signin: lighthouse.signin ?? null },
        notes: [
          "dayViewMs and firstSyncWholeGamesMs: Dexie over fake-indexeddb in Node (same code as the phone, not Chromium's IndexedDB); compare ratios.",
          "warmStartMs: navigation start to my day on screen (the copy of the last visit, public/my-day-snapshot.js, or the app's own); warmStartLiveMs: to the app's own my day (React's render, tappable).",
          "idbBytesWholeGames: Chromium's IndexedDB bytes (storage estimate's usageDetails) after a creator's first sync of the whole Games from a real server; firstSyncWholeGamesChromiumMs: from the tap on Sign in to my day with All changes sent (bench/phone/whole-games-chromium.ts); idbBytesDemo is Chromium's estimate after the demo sync.",
          ...(lighthouse.note ? [lighthouse.note] : []),
        ],
        wholeGames: games.counts,
        runs: {
          warmStart: b.warmStart.map(round),
          warmStartLive: b.warmStartLive.map(round),
          tap1x: b.tap1x.map(round),
          tap4x: b.tap4x.map(round),
          stored1x: b.stored1x.map(round),
          stored4x: b.stored4x.map(round),
        },
      },
      null,
      2,
    ) + '\n',
  );
  if (!existsSync('dist/index.html')) throw new Error('run npm run build first');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
