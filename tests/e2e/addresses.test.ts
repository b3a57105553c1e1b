// As a user at 360 px: guessed addresses (/desk) and unknown ones, the team screen's warning on a
// localhost link, and times in the browser's region (en-GB 24 h, en-US 12 h), with axe on each screen.
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { signIn, syncStatus, waitForSyncText } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { useE2EWorld } from './harness/suite.ts';

const world = useE2EWorld();
const PHONE = { width: 360, height: 740 };
const TWELVE_HOUR = /\b(AM|PM)\b/i;

describe('addresses, links and times as a user meets them', () => {
  it('an admin on a phone: /desk, a wrong address, a localhost link, a 24-hour clock (en-GB)', async () => {
    const { server } = world();
    const { page } = await world().phone();
    await page.setViewportSize(PHONE);
    await signIn(page, server.adminLink, 'Admin phone (e2e addresses)');
    await waitForSyncText(page, /^Online Last sync/);
    expect(await syncStatus(page).innerText()).toMatch(/Last sync \d{2}:\d{2}/);
    expect(await syncStatus(page).innerText()).not.toMatch(TWELVE_HOUR);

    // The desk by the name people call it.
    await page.goto('/desk');
    const nav = page.getByRole('navigation', { name: 'Screens' });
    await nav.getByRole('link', { name: 'Desk' }).and(page.locator('[aria-current="page"]')).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/board');

    // An address no screen has: said, with the way back.
    await page.goto('/boards');
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await axeCheck(page, 'page not found at 360 px');
    await page.getByRole('link', { name: 'Go to my screen' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/plan');

    // The harness's server has PUBLIC_URL on 127.0.0.1: the link's card says phones cannot open it.
    await nav.getByRole('link', { name: 'Team' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Zoé Martin');
    await page.getByRole('button', { name: 'Create and invite' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Phones cannot open this link' });
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/it points at 127\.0\.0\.1:\d+.*Set PUBLIC_URL/s);
    await axeCheck(page, 'team screen with a localhost link at 360 px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Les téléphones ne peuvent pas ouvrir ce lien' })
      .waitFor();
    await axeCheck(page, 'team screen with a localhost link, in French');
  });

  it('a creator whose browser is en-US reads key moments on a 12-hour clock', async () => {
    const { server, browser } = world();
    const context = await browser.newContext({
      baseURL: server.url,
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
    });
    try {
      const page = await context.newPage();
      await signIn(
        page,
        await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
        'Théo (en-US)',
      );
      const time = page.getByRole('article').first().locator('.key-moment-time').first();
      await time.waitFor();
      expect(await time.innerText()).toMatch(/\b\d{1,2}:\d{2}\s(AM|PM)\b/);
      await waitForSyncText(page, /^Online Last sync/);
      expect(await syncStatus(page).innerText()).toMatch(TWELVE_HOUR);
    } finally {
      await context.close();
    }
  });
});
