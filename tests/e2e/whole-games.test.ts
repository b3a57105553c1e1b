// A whole Games on a creator's phone (issue #14): first sync, "my day", a tap offline, and that change reaching the server once.
import type { Browser } from 'playwright-core';
import { startWholeGamesServer, type WholeGamesServer } from '../../bench/phone/whole-games-server.ts';
import { inviteLink } from './harness/admin.ts';
import { waitForAllSent } from './harness/app.ts';
import { goOffline, goOnline, launchChromium, phoneContext } from './harness/browser.ts';
import { waitForServiceWorkerControl } from './harness/service-worker.ts';
import { deviceNamed, loggedMutations, serverEntity } from './harness/truth.ts';

let games: WholeGamesServer | undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  // ~150 moments, 30 members, 900 sessions, 10,000 status events (bench/lib/whole-games.ts).
  games = await startWholeGamesServer();
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await games?.stop();
});

const PHONE_NAME = 'Creator 1’s phone (e2e whole Games)';
const STATUS: Record<string, string> = { 'In position': 'in-position', Captured: 'captured' };

describe('a whole Games on a creator’s phone', () => {
  it('syncs it, shows my day, keeps a tap made offline and sends it once back online', async () => {
    const { server, dataDir, set } = games!;
    expect(set.counts.statusEvents).toBeGreaterThanOrEqual(10_000);
    const context = await phoneContext(browser!, server.url);
    try {
      const page = await context.newPage();
      await page.goto(await inviteLink(server, ['--member', set.creator.memberId]));
      await page.getByLabel('Device name').fill(PHONE_NAME);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor({ timeout: 90_000 });
      await page.getByRole('article').first().waitFor({ timeout: 90_000 });
      await waitForAllSent(page, 90_000);
      await waitForServiceWorkerControl(page);

      // Offline, the creator marks the first image of the day that can move forward.
      await goOffline(context);
      const movable = /^(In position|Captured)$/;
      const group = page
        .getByRole('group', { name: /^Mark “/ })
        .filter({ has: page.getByRole('button', { name: movable }) })
        .first();
      const button = group.getByRole('button', { name: movable }).first();
      const label = (await button.textContent())?.trim() ?? '';
      const title = /^Mark “(.*)”$/.exec((await group.getAttribute('aria-label')) ?? '')?.[1];
      expect(STATUS[label]).toBeDefined();
      await button.click();
      // The image's own item (titles repeat from one moment to the next: found from its buttons).
      const item = group.locator('xpath=ancestor::li[1]');
      await item.getByText('Waiting on this phone').waitFor({ timeout: 30_000 });

      // Back online: the tap reaches the server, once.
      await goOnline(context);
      await waitForAllSent(page, 60_000);
      const { clientID } = deviceNamed(dataDir, PHONE_NAME);
      const log = loggedMutations(dataDir, clientID!);
      expect(log.map((m) => [m.name, m.status, (m.args as { to?: string }).to])).toEqual([
        ['signature.advance', 'applied', STATUS[label]],
      ]);
      const imageId = (log[0]!.args as { id: string }).id;
      expect(serverEntity<{ status: string; title: string }>(dataDir, 'signature', imageId)).toMatchObject({
        status: STATUS[label],
        title,
      });
    } finally {
      await context.close();
    }
  });
});
