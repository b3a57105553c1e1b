// The whole Games on a real phone (Chromium): a creator's first sync, timed, and the bytes IndexedDB then holds.
import type { Browser } from 'playwright-core';
import { inviteLink } from '../../tests/e2e/harness/admin.ts';
import { launchChromium, phoneContext } from '../../tests/e2e/harness/browser.ts';
import { loadavg } from 'node:os';
import { startWholeGamesServer } from './whole-games-server.ts';

export interface WholeGamesPhone {
  /** ms from the tap on "Sign in" to "my day" shown with "All changes sent": the first pull landed. */
  firstSyncMs: number;
  /** IndexedDB's bytes (`navigator.storage.estimate().usageDetails.indexedDB`), null if not told. */
  idbBytes: number | null;
  /** Every byte of the origin (IndexedDB, the service worker's cache of the app…). */
  originBytes: number | null;
  /** Rows of each kind in the data set, and its status events. */
  counts: Record<string, number>;
}

/**
 * Starts a server holding a whole Games, signs its first creator in on a phone context of
 * `browser` (CPU not throttled), waits for the first sync, and reads Chromium's storage estimate.
 */
export async function wholeGamesInChromium(browser: Browser): Promise<WholeGamesPhone> {
  const { server, set, stop } = await startWholeGamesServer();
  const context = await phoneContext(browser, server.url);
  try {
    const page = await context.newPage();
    await page.goto(await inviteLink(server, ['--member', set.creator.memberId]));
    await page.getByLabel('Device name').fill('whole Games phone');
    const start = Date.now();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('article').first().waitFor({ timeout: 120_000 });
    await page
      .getByRole('status', { name: 'Sync' })
      .filter({ hasText: 'All changes sent' })
      .waitFor({ timeout: 120_000 });
    const firstSyncMs = Date.now() - start;
    const estimate = await page.evaluate(async () => {
      const e = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: { indexedDB?: number };
      };
      return { usage: e.usage ?? null, idb: e.usageDetails?.indexedDB ?? null };
    });
    return { firstSyncMs, idbBytes: estimate.idb, originBytes: estimate.usage, counts: set.counts };
  } finally {
    await context.close();
    await stop();
  }
}

/** wholeGamesInChromium in a Chromium of its own (bench/phone.ts calls this). */
export async function wholeGamesInOwnChromium(): Promise<WholeGamesPhone> {
  const browser = await launchChromium();
  try {
    return await wholeGamesInChromium(browser);
  } finally {
    await browser.close();
  }
}

// `node --import tsx bench/phone/whole-games-chromium.ts`: this figure alone (after `npm run build`).
// (bench/phone/ is a CommonJS package for Lighthouse: no top-level await here.)
if (process.argv[1]?.endsWith('whole-games-chromium.ts')) {
  const load = Number(loadavg()[0]!.toFixed(2));
  wholeGamesInOwnChromium()
    .then((figures) => console.log(JSON.stringify({ loadAverage: load, ...figures }, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
