// A creator's very first visit on a phone: "Ready to work offline" is said only when it is true (an
// offline reload then finds the app), and with that notice and the notification offer both showing,
// the day's first moment is still on a 360×640 screen, in English and French.
import type { Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { signIn } from './harness/app.ts';
import { goOffline } from './harness/browser.ts';
import { useE2EWorld } from './harness/suite.ts';

const world = useE2EWorld();
const SMALL_PHONE = { width: 360, height: 640 };

const isControlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/**
 * How far the first moment's card reaches into the screen, without scrolling: the bottom of its
 * title, of its key-moment time and countdown, and of its venue (the facts a creator reads first).
 */
async function firstMomentBottoms(page: Page): Promise<{ title: number; countdown: number; venue: number }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page
    .getByRole('article')
    .first()
    .evaluate((card) => {
      const bottom = (selector: string) => {
        const element = card.querySelector(selector);
        if (!element) throw new Error(`the first card has no ${selector}`);
        return element.getBoundingClientRect().bottom;
      };
      return { title: bottom('h2'), countdown: bottom('.countdown'), venue: bottom('.facts dd') };
    });
}

/**
 * On 360×640: the first card's title, key-moment time and countdown (what and when); on 360×740 (the
 * new user's phone) its venue too. The notification offer follows the first moment.
 */
async function expectFirstMomentInSight(page: Page): Promise<void> {
  const small = await firstMomentBottoms(page);
  expect(small.title).toBeLessThanOrEqual(SMALL_PHONE.height);
  expect(small.countdown).toBeLessThanOrEqual(SMALL_PHONE.height);
  await page.setViewportSize({ width: SMALL_PHONE.width, height: 740 });
  expect((await firstMomentBottoms(page)).venue).toBeLessThanOrEqual(740);
  await page.setViewportSize(SMALL_PHONE);
  const offerAfterCard = await page
    .getByRole('article')
    .first()
    .evaluate((card) => {
      const offer = document.querySelector('.push-panel');
      return offer !== null && (card.compareDocumentPosition(offer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
  expect(offerAfterCard).toBe(true);
}

describe('a creator’s first visit', () => {
  it('says "Ready to work offline" only once the page is controlled: offline, a reload finds the app', async () => {
    const { server } = world();
    const { context, page } = await world().phone();
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo (e2e first)',
    );
    const ready = page.getByText('Ready to work offline', { exact: true });
    await ready.waitFor({ timeout: 60_000 });
    // The notice is true the moment it shows, in this very page (no reload first).
    expect(await isControlled(page)).toBe(true);

    await goOffline(context);
    await page.reload();
    await page.getByRole('article').first().waitFor({ timeout: 15_000 });
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the first moment in sight on a 360×640 phone with both notices, in English and French', async () => {
    const { server } = world();
    const { page } = await world().phone();
    await page.setViewportSize(SMALL_PHONE);
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo (e2e small phone)',
    );
    await page.getByText('Ready to work offline', { exact: true }).waitFor({ timeout: 60_000 });
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByRole('button', { name: 'Not now' })
      .waitFor();

    await expectFirstMomentInSight(page);

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR' }).click();
    await page.getByText('Prêt à fonctionner hors ligne', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByRole('button', { name: 'Plus tard' })
      .waitFor();
    await expectFirstMomentInSight(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      SMALL_PHONE.width,
    );
  }, 120_000);
});
