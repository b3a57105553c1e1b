// TEMPORARY (not committed): offline warm starts at 4x alternating with and without the copy of my day.
import { launchChromium } from '../tests/e2e/harness/browser.ts';
import { startServer } from '../tests/e2e/harness/server.ts';
import { offlinePhone, readyPhone, warmStart } from './lib/phone-page.ts';
import { loadavg } from 'node:os';

const server = await startServer({ demo: true });
const browser = await launchChromium();
try {
  const { context, page } = await readyPhone(browser, server);
  await offlinePhone(context, page, 4);
  await warmStart(page);
  const withCopy: number[][] = [];
  const without: number[][] = [];
  for (let i = 0; i < Number(process.env.N ?? 6); i++) {
    // let the idle save run
    await page.waitForFunction(() => localStorage.getItem('plan-de-jeu.my-day-snapshot') !== null, null, { timeout: 10000 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    const copy = i % 2 === 0;
    if (!copy) await page.evaluate(() => localStorage.removeItem('plan-de-jeu.my-day-snapshot'));
    const w = await warmStart(page);
    (copy ? withCopy : without).push([Math.round(w.shown), Math.round(w.live)]);
  }
  console.log('load', loadavg()[0]);
  console.log('with copy [shown, live]', JSON.stringify(withCopy));
  console.log('without   [shown, live]', JSON.stringify(without));
} finally {
  await browser.close();
  await server.stop();
}
