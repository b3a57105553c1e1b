// The benches' creator phone in Chromium: signed in as Théo, synced, under the service worker; and its offline warm starts.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from '../../tests/e2e/harness/admin.ts';
import { phoneContext } from '../../tests/e2e/harness/browser.ts';
import type { startServer } from '../../tests/e2e/harness/server.ts';
import { waitForServiceWorkerControl } from '../../tests/e2e/harness/service-worker.ts';

/**
 * Records, in the page, when "my day" first shows an assignment (ms since navigation start), and
 * says it on the console: the bench listens there, so it injects no script into the starting page
 * (page.waitForFunction's helper costs ~100 ms of main thread at CPU 4×, inside the figure).
 * "shown": the day is on screen, the copy of the last visit (public/my-day-snapshot.js) or the
 * app's; "live": the app's own render (React's, tappable), i.e. outside the copy.
 */
const MY_DAY_SHOWN = 'plan-de-jeu bench: my day shown at ';
const MY_DAY_LIVE = 'plan-de-jeu bench: my day live at ';
const MARK_MY_DAY = `
  let shownAt = 0;
  new MutationObserver((_, observer) => {
    const h1 = document.querySelector('main h1');
    const article = document.querySelector('main article');
    if (!h1 || !/My day|Ma journée/.test(h1.textContent) || !article) return;
    if (!shownAt) {
      shownAt = performance.now();
      console.debug('${MY_DAY_SHOWN}' + shownAt);
    }
    if (!article.closest('.my-day-snapshot')) {
      window.__myDayAt = performance.now();
      observer.disconnect();
      console.debug('${MY_DAY_LIVE}' + window.__myDayAt);
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * A phone context where Théo (creator) has signed in, synced ("All changes sent") and the service
 * worker controls the page: the phone as it is ready for the day. Every load marks "my day".
 */
export async function readyPhone(
  browser: Browser,
  server: Awaited<ReturnType<typeof startServer>>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, server.url);
  await context.addInitScript(MARK_MY_DAY);
  const page = await context.newPage();
  await page.goto(await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]));
  await page.getByLabel('Device name').fill('bench phone');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('article').first().waitFor({ timeout: 60_000 });
  await page
    .getByRole('status', { name: 'Sync' })
    .filter({ hasText: 'All changes sent' })
    .waitFor({ timeout: 60_000 });
  await waitForServiceWorkerControl(page);
  return { context, page };
}

/** What one warm start measures: ms from navigation start to "my day" shown, and to the app's own "my day". */
export interface WarmStart {
  shown: number;
  live: number;
}

/** One offline reload served by the service worker: ms from navigation start to "my day" shown / live. */
export async function warmStart(page: Page): Promise<WarmStart> {
  const said = (prefix: string) =>
    page.waitForEvent('console', { predicate: (m) => m.text().startsWith(prefix), timeout: 60_000 });
  const [shown, live] = [said(MY_DAY_SHOWN), said(MY_DAY_LIVE)];
  const response = await page.reload({ waitUntil: 'commit' });
  if (!response?.fromServiceWorker())
    throw new Error('the offline reload was not served by the service worker');
  return {
    shown: Number((await shown).text().slice(MY_DAY_SHOWN.length)),
    live: Number((await live).text().slice(MY_DAY_LIVE.length)),
  };
}

/** `runs` offline reloads served by the service worker (see warmStart). */
export async function warmStartTimes(page: Page, runs: number): Promise<WarmStart[]> {
  const times: WarmStart[] = [];
  for (let i = 0; i < runs; i++) times.push(await warmStart(page));
  return times;
}

/**
 * One tap on "In position" or "Captured" of an image: ms until its item shows the new status and a
 * frame passed (`paint`), and until it says "Waiting on this phone", i.e. the outbox has the tap
 * and the screen re-read it from the store (`stored`).
 */
export async function tapToPaint(page: Page): Promise<{ paint: number; stored: number } | null> {
  return page.evaluate(async () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('main li.shot button')].find(
      (b) => /^(In position|Captured)$/.test(b.textContent?.trim() ?? '') && !b.disabled,
    );
    const item = button?.closest('li');
    if (!button || !item) return null;
    const before = item.className;
    const start = performance.now();
    // (No named helper here: tsx would wrap it in a __name() the page does not have.)
    const [painted, stored] = [
      () => item.className !== before,
      () =>
        item.className !== before &&
        item.querySelector('.item-waiting')?.textContent === 'Waiting on this phone',
    ].map(
      (ok) =>
        new Promise<number>((done) => {
          const observer = new MutationObserver(() => {
            if (!ok()) return;
            observer.disconnect();
            // The frame that shows it: after the next animation frame has been produced.
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
          });
          observer.observe(item, { attributes: true, childList: true, subtree: true, characterData: true });
        }),
    );
    button.click();
    return { paint: (await painted)!, stored: (await stored)! };
  });
}

/**
 * A venue with no network on a slower phone: the context offline, the page's CPU slowed `rate`×
 * through CDP (`Emulation.setCPUThrottlingRate`). Returns `throttle` to change the rate later.
 */
export async function offlinePhone(
  context: BrowserContext,
  page: Page,
  rate: number,
): Promise<{ cdp: CDPSession; throttle: (rate: number) => Promise<void> }> {
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  const throttle = async (next: number) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: next });
  };
  await throttle(rate);
  return { cdp, throttle };
}
